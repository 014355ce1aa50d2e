import { createHash } from 'node:crypto';
import type { IncomingMessage, OutgoingHttpHeaders } from 'node:http';

/**
 * Answers kept in memory by URL. Every answer of this site depends only on its URL and the build: the
 * pages are prerendered, and a search answer comes from the index, a build artifact (search-cache.ts).
 * So a repeated request need not reach Next at all, neither to render a search nor to read a prerendered
 * page from its cache: what a CDN in front would do, done by the one process when there is none.
 * Bounded in bytes; the least recently used answer goes first.
 */
export interface CachedAnswer {
  status: number;
  /** The app's headers before finalizeResponse adds CSP, ETag and encoding (those are recomputed per request). */
  headers: OutgoingHttpHeaders;
  body: Buffer;
  /** The body's sha256 (base64url), computed once: the compression cache and the ETag are keyed by it. */
  digest: string;
}

export function bodyDigest(body: Buffer): string {
  return createHash('sha256').update(body).digest('base64url');
}

/** Headers that belong to one transfer, never to the answer itself. */
const TRANSFER_HEADERS = new Set(['content-length', 'content-encoding', 'transfer-encoding', 'connection', 'date', 'etag']);

/**
 * Requests whose answer is a function of the URL alone. Next's client navigations ask for an RSC payload
 * instead of HTML through request headers (`RSC`, `Next-Router-*`), so those are never served from here.
 */
export function answerCacheKey(req: IncomingMessage): string | null {
  if (req.method !== 'GET') return null;
  const url = req.url ?? '/';
  for (const name of Object.keys(req.headers)) {
    if (name === 'rsc' || name.startsWith('next-')) return null;
  }
  return url;
}

export function answerHeaders(headers: OutgoingHttpHeaders): OutgoingHttpHeaders {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !TRANSFER_HEADERS.has(name.toLowerCase())));
}

export class AnswerCache {
  private readonly answers = new Map<string, CachedAnswer>();
  private bytes = 0;

  constructor(private readonly maxBytes: number) {}

  get(key: string): CachedAnswer | undefined {
    const answer = this.answers.get(key);
    if (!answer) return undefined;
    // Re-inserting makes the Map's order the order of use.
    this.answers.delete(key);
    this.answers.set(key, answer);
    return answer;
  }

  set(key: string, answer: CachedAnswer): void {
    if (answer.body.length > this.maxBytes) return;
    const previous = this.answers.get(key);
    if (previous) {
      this.bytes -= previous.body.length;
      this.answers.delete(key);
    }
    this.answers.set(key, answer);
    this.bytes += answer.body.length;
    for (const [oldest, old] of this.answers) {
      if (this.bytes <= this.maxBytes) break;
      this.answers.delete(oldest);
      this.bytes -= old.body.length;
    }
  }

  get size(): number {
    return this.answers.size;
  }

  get totalBytes(): number {
    return this.bytes;
  }
}
