import { loadChapters } from '@/lib/content/chapters-fs';
import { loadOutline } from '@/lib/content/outline-fs';
import { type DataFile, dataFiles } from '@/lib/data/data-files';

let cache: DataFile[] | null = null;

/** The downloads, built once per process from content/ (every route and the /data page share them). */
export function allDataFiles(): DataFile[] {
  cache ??= dataFiles({ outline: loadOutline(), bodies: new Map(loadChapters().map((c) => [c.meta.slug, c.body])) });
  return cache;
}

export function findDataFile(path: string): DataFile | undefined {
  return allDataFiles().find((f) => f.path === path);
}

/** A file as its route answers it: the body with its type, or a plain 404 for a name that is not one. */
export function dataResponse(path: string): Response {
  const file = findDataFile(path);
  if (!file)
    return new Response('404 Not Found: no such data file. The list is at /data.\n', {
      status: 404,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    });
  const name = path.split('/').pop();
  // A spreadsheet is saved, not shown as text; JSON opens in the browser's viewer.
  const disposition = file.contentType.startsWith('text/csv') ? `attachment; filename="${name}"` : `inline; filename="${name}"`;
  return new Response(file.body, { headers: { 'content-type': file.contentType, 'content-disposition': disposition } });
}
