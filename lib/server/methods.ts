/**
 * Every route of the reader only reads: pages, the search page and /api/search answer GET and HEAD.
 * Anything else is the client's mistake and gets 405 with the methods that would work, never the page
 * (Next would answer PUT / DELETE with the page itself) and never a 500 (TRACE, `OPTIONS *`).
 */
export const ALLOWED_METHODS = ['GET', 'HEAD', 'OPTIONS'] as const;
export const ALLOW_HEADER = ALLOWED_METHODS.join(', ');

export type EarlyAnswer = { status: number; headers: Record<string, string>; body: string };

const text = (status: number, body: string, headers: Record<string, string> = {}): EarlyAnswer => ({
  status,
  headers: { 'content-type': 'text/plain; charset=utf-8', ...headers },
  body,
});

/**
 * The answer for a request that must not reach the app, or null when the app should handle it.
 * `target` is the raw request target (`/path?query`, `*`, or an absolute URL from a proxy).
 */
export function answerBeforeApp(method: string, target: string): EarlyAnswer | null {
  const upper = method.toUpperCase();
  if (target === '*') {
    // `OPTIONS *` asks about the server as a whole (RFC 9110 §9.3.7); any other method with `*` is malformed.
    if (upper === 'OPTIONS') return { status: 204, headers: { allow: ALLOW_HEADER }, body: '' };
    return text(400, '400 Bad Request: "*" is only a target for OPTIONS.\n');
  }
  if (!target.startsWith('/')) return text(400, '400 Bad Request: the request target must be a path.\n');
  if (upper === 'GET' || upper === 'HEAD') return null;
  if (upper === 'OPTIONS') return { status: 204, headers: { allow: ALLOW_HEADER }, body: '' };
  return text(405, `405 Method Not Allowed: this site only serves reading (${ALLOW_HEADER}).\n`, { allow: ALLOW_HEADER });
}
