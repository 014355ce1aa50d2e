import type { IncomingMessage } from 'node:http';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

/**
 * A per-client limit on the two routes that cost CPU per distinct request (/search renders, /api/search
 * searches). Chapters are static and cached, so they are not limited. In memory, per process: at scale a
 * CDN or WAF in front takes this over (README).
 */
export const LIMITED_PATHS = ['/search', '/api/search'];

export type Verdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export function createSearchLimiter(limit: { points: number; seconds: number }) {
  const limiter = new RateLimiterMemory({ points: limit.points, duration: limit.seconds });
  return async (clientKey: string): Promise<Verdict> => {
    try {
      await limiter.consume(clientKey);
      return { allowed: true };
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) {
        return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) };
      }
      throw rejection;
    }
  };
}

/** The client's address: the socket's, or the first X-Forwarded-For hop when a trusted proxy sets it. */
export function clientKey(req: IncomingMessage, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = req.headers['x-forwarded-for'];
    const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim();
    if (first) return first;
  }
  return req.socket.remoteAddress ?? 'unknown';
}
