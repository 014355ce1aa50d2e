import { NextResponse, type NextRequest } from 'next/server';
import { hasMalformedEncoding } from './lib/http/malformed-path';

/** Broken percent-encoding in the path is the client's error: 400 with a clear message, never 500. */
export function proxy(request: NextRequest) {
  if (hasMalformedEncoding(request.nextUrl.pathname)) {
    return new NextResponse('400 Bad Request: the address contains malformed percent-encoding (%).\n', {
      status: 400,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    });
  }
  return NextResponse.next();
}

export const config = {
  // Build assets are Next's own; everything a reader can type goes through the check.
  matcher: '/((?!_next/static|_next/image).*)',
};
