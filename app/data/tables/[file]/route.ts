import { allDataFiles, dataResponse } from '../../data-files';

// Written once at build time, from content/: the same bytes for every reader.
export const dynamic = 'force-static';
export const dynamicParams = false;

const PREFIX = '/data/tables/';

export function generateStaticParams() {
  return allDataFiles()
    .filter((f) => f.path.startsWith(PREFIX))
    .map((f) => ({ file: f.path.slice(PREFIX.length) }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  return dataResponse(PREFIX + (await params).file);
}
