import { NextResponse, type NextRequest } from 'next/server';
import { hasMalformedEncoding } from './lib/http/malformed-path';
import { answerBeforeApp } from './lib/server/methods';
import { plainPage } from './lib/server/plain-pages';
import { SEARCH_UNAVAILABLE_MESSAGE, searchIndexPresent } from './lib/server/search-availability';

/**
 * Next's request hook. The server in scripts/start.ts answers methods before Next; this repeats it for
 * a bare `next start`, so that PUT / DELETE never get the page.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const early = answerBeforeApp(request.method, pathname);
  if (early) return new NextResponse(early.body || null, { status: early.status, headers: early.headers });
  // Broken percent-encoding in the path is the client's error: 400 with a clear message, never 500.
  if (hasMalformedEncoding(pathname)) {
    return new NextResponse('400 Bad Request: the address contains malformed percent-encoding (%).\n', {
      status: 400,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    });
  }
  if ((pathname === '/search' || pathname === '/api/search') && !searchIndexPresent()) {
    console.error(`search index missing: run \`npm run build\` (${pathname} answered 503)`);
    const headers = { 'retry-after': '60', 'cache-control': 'no-store' };
    if (pathname === '/api/search') return NextResponse.json({ error: SEARCH_UNAVAILABLE_MESSAGE }, { status: 503, headers });
    return new NextResponse(
      plainPage(
        503,
        '搜索暂不可用',
        '本站的搜索索引缺失，搜索暂时无法使用；各章节仍可正常阅读。',
        'Search is temporarily unavailable (its index is missing); every chapter can still be read.',
      ),
      { status: 503, headers: { ...headers, 'content-type': 'text/html; charset=utf-8' } },
    );
  }
  return NextResponse.next();
}

export const config = {
  // Build assets are Next's own; everything a reader can type goes through the check.
  matcher: '/((?!_next/static|_next/image).*)',
};
