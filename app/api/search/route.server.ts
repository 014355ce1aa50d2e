import { NextResponse, type NextRequest } from 'next/server';
import { getSearchIndex } from '@/lib/search/artifact-fs';
import { parseSearchParams, search } from '@/lib/search';
import { SEARCH_UNAVAILABLE_MESSAGE } from '@/lib/server/search-availability';
import { searchCacheControl } from '@/lib/server/search-cache';

/** GET /api/search?q=…[&limit=N][&offset=N][&chapter=slug][&exact=1] → the SearchResponse JSON (lib/search/types.ts). */
export async function GET(request: NextRequest) {
  const params = parseSearchParams(request.nextUrl.searchParams);
  if (!params.ok) return NextResponse.json({ error: params.error }, { status: 400 });
  let index: ReturnType<typeof getSearchIndex>;
  try {
    index = getSearchIndex();
  } catch (error) {
    // The artifact is built before `next build`; without it the deployment is broken, not the request.
    // The detail (a file path) goes to the log, never to the client.
    console.error('search index unreadable:', (error as Error).message);
    return NextResponse.json({ error: SEARCH_UNAVAILABLE_MESSAGE }, { status: 503, headers: { 'cache-control': 'no-store' } });
  }
  const response = search(index, params.q, { limit: params.limit, offset: params.offset, chapter: params.chapter, exact: params.exact });
  // The index only changes with a new build, so caches may keep answers (lib/server/search-cache.ts).
  return NextResponse.json(response, { headers: { 'Cache-Control': searchCacheControl() } });
}
