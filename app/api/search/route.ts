import { NextResponse, type NextRequest } from 'next/server';
import { getSearchIndex } from '@/lib/search/artifact-fs';
import { parseSearchParams } from '@/lib/search/api-params';
import { search } from '@/lib/search/search';

/** GET /api/search?q=…[&limit=N][&offset=N][&chapter=slug][&exact=1] → the SearchResponse JSON (lib/search/types.ts). */
export async function GET(request: NextRequest) {
  const params = parseSearchParams(request.nextUrl.searchParams);
  if (!params.ok) return NextResponse.json({ error: params.error }, { status: 400 });
  let index;
  try {
    index = getSearchIndex();
  } catch (error) {
    // The artifact is built before `next build`; without it the deployment is broken, not the request.
    return NextResponse.json({ error: (error as Error).message }, { status: 503 });
  }
  const response = search(index, params.q, { limit: params.limit, offset: params.offset, chapter: params.chapter, exact: params.exact });
  // The index only changes with a new build; a short cache keeps typing-as-you-search cheap.
  return NextResponse.json(response, { headers: { 'Cache-Control': 'public, max-age=60' } });
}
