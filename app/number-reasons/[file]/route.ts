import { loadOutline } from '@/lib/content/outline-fs';
import { numberReasons } from '@/lib/data/number-reasons';

// Written once at build time, from content/: the same bytes for every reader.
export const dynamic = 'force-static';
export const dynamicParams = false;

/** `1.json` → the part's reasons (lib/data/number-reasons.ts); undefined for a name that is not one. */
function reasonsFile(file: string): Record<string, string> | undefined {
  const part = loadOutline().parts.find((p) => `${p.slug}.json` === file);
  return part ? (numberReasons(part) ?? undefined) : undefined;
}

export function generateStaticParams() {
  return loadOutline()
    .parts.filter((p) => numberReasons(p))
    .map((p) => ({ file: `${p.slug}.json` }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const reasons = reasonsFile((await params).file);
  if (!reasons)
    return new Response('404 Not Found: no such reasons file.\n', {
      status: 404,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    });
  return new Response(`${JSON.stringify(reasons)}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });
}
