import type { IncomingMessage, ServerResponse } from 'node:http';
import { type CompressionCache, MIN_COMPRESS_BYTES, compress, isCompressible, negotiateEncoding } from './compression';
import { inlineScriptHashes } from './inline-script-hashes';
import { contentSecurityPolicy, type SecurityOptions } from './security-headers';
import { searchCacheControl, isSearchPath, type SearchCachePolicy } from './search-cache';

/**
 * What happens to a complete response body before it is sent: the page's CSP from its own inline
 * scripts, cache headers and an ETag for search answers, and a compressed body from the cache.
 */
export interface FinalizeContext {
  buildId: string;
  security: SecurityOptions;
  searchCache: SearchCachePolicy;
  compressed: CompressionCache;
  /** CSP per HTML digest: parsing a chapter's 282 KB once is enough. */
  policies: Map<string, string>;
}

export function shouldCapture(req: IncomingMessage, res: ServerResponse): boolean {
  // HEAD has no body to hash or compress; it keeps the app's own headers.
  if (req.method !== 'GET') return false;
  if (res.statusCode === 204 || res.statusCode === 304) return false;
  if (res.getHeader('content-encoding')) return false;
  return isCompressible(String(res.getHeader('content-type') ?? ''));
}

const isHtml = (res: ServerResponse) => /^text\/html/i.test(String(res.getHeader('content-type') ?? ''));

function appendVary(res: ServerResponse, value: string): void {
  const current = String(res.getHeader('vary') ?? '');
  const parts = current
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (!parts.some((p) => p.toLowerCase() === value.toLowerCase())) parts.push(value);
  res.setHeader('vary', parts.join(', '));
}

function etagMatches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const bare = (t: string) => t.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((t) => t.trim() === '*' || bare(t) === bare(etag));
}

export async function finalizeResponse(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  body: Buffer,
  context: FinalizeContext,
  digest: string,
): Promise<{ status: number; body: Buffer }> {
  const pathname = (req.url ?? '/').split('?')[0];

  if (isHtml(res)) {
    let policy = context.policies.get(digest);
    if (!policy) {
      policy = contentSecurityPolicy(inlineScriptHashes(body.toString('utf8')), context.security);
      if (context.policies.size > 2000) context.policies.clear();
      context.policies.set(digest, policy);
    }
    res.setHeader('content-security-policy', policy);
  }

  if (status === 200) {
    if (isSearchPath(pathname)) res.setHeader('cache-control', searchCacheControl(context.searchCache));
    // Every answer depends only on the URL and the build: the build id in the tag makes a deploy
    // invalidate it, and a replayed answer gets the same tag as the one Next sent first.
    const etag = `"${context.buildId}-${digest.slice(0, 16)}"`;
    res.setHeader('etag', etag);
    if (etagMatches(req.headers['if-none-match'], etag)) {
      res.removeHeader('content-type');
      res.removeHeader('content-length');
      return { status: 304, body: Buffer.alloc(0) };
    }
  }

  if (body.length < MIN_COMPRESS_BYTES) return { status, body };
  appendVary(res, 'Accept-Encoding');
  const encoding = negotiateEncoding(req.headers['accept-encoding']);
  if (encoding === 'identity') return { status, body };
  const compressed = await context.compressed.get(`${encoding}:${digest}`, () => compress(body, encoding));
  res.setHeader('content-encoding', encoding);
  // A strong ETag names one byte sequence; the encoded variants share one weak tag (RFC 9110 §8.8.3).
  const etag = res.getHeader('etag');
  if (typeof etag === 'string' && !etag.startsWith('W/')) res.setHeader('etag', `W/${etag}`);
  return { status, body: compressed };
}
