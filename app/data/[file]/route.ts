import { allDataFiles, dataResponse } from '../data-files';

// Written once at build time, from content/: the same bytes for every reader.
export const dynamic = 'force-static';
export const dynamicParams = false;

const PREFIX = '/data/';

export function generateStaticParams() {
  return allDataFiles()
    .map((f) => f.path.slice(PREFIX.length))
    .filter((name) => !name.includes('/'))
    .map((file) => ({ file }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  return dataResponse(PREFIX + (await params).file);
}
