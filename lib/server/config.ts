/**
 * The server's settings, all from the environment so a deployment changes none of the code.
 * A malformed value stops the server with one line naming the variable, never a silent default.
 */
export interface ServerConfig {
  port: number;
  host: string;
  /** Largest request head Node accepts (URL + headers); past it the client gets our readable 431. */
  maxHeaderBytes: number;
  /** How long in-flight requests may run on after SIGTERM/SIGINT before connections are cut. */
  shutdownDeadlineMs: number;
  /** Requests per window per client on /search and /api/search, or null when off. */
  rateLimit: { points: number; seconds: number } | null;
  /** Take the client address from the first X-Forwarded-For hop (only behind a proxy you run). */
  trustProxy: boolean;
  hstsMaxAge?: number;
  /** Cache lifetimes for search answers (content only changes with a build). */
  searchMaxAge: number;
  searchSMaxAge: number;
  searchStaleWhileRevalidate: number;
  /** Memory for compressed bodies. */
  compressionCacheBytes: number;
  /** Memory for rendered search answers kept by URL (0 turns the cache off). */
  answerCacheBytes: number;
}

type Env = Record<string, string | undefined>;

export class ConfigError extends Error {}

function integer(env: Env, name: string, fallback: number, min = 0): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) throw new ConfigError(`${name}=${raw}: expected a whole number ≥ ${min}`);
  return value;
}

/** `RATE_LIMIT=120/60` = 120 requests per 60 s per client; `off` (or 0) disables it. */
export function parseRateLimit(raw: string | undefined): ServerConfig['rateLimit'] {
  const value = (raw ?? '300/60').trim().toLowerCase();
  if (value === 'off' || value === '0' || value === 'false') return null;
  const match = /^(\d+)\s*\/\s*(\d+)$/.exec(value);
  if (!match || Number(match[1]) < 1 || Number(match[2]) < 1) {
    throw new ConfigError(`RATE_LIMIT=${raw}: expected <requests>/<seconds> (e.g. 120/60) or off`);
  }
  return { points: Number(match[1]), seconds: Number(match[2]) };
}

export function readServerConfig(env: Env = process.env): ServerConfig {
  const hsts = integer(env, 'HSTS_MAX_AGE', 0);
  return {
    port: integer(env, 'PORT', 3000, 1),
    host: env.HOST || '0.0.0.0',
    maxHeaderBytes: integer(env, 'MAX_HEADER_BYTES', 64 * 1024, 8 * 1024),
    shutdownDeadlineMs: integer(env, 'SHUTDOWN_DEADLINE_MS', 10_000),
    rateLimit: parseRateLimit(env.RATE_LIMIT),
    trustProxy: env.TRUST_PROXY === '1' || env.TRUST_PROXY === 'true',
    hstsMaxAge: hsts > 0 ? hsts : undefined,
    searchMaxAge: integer(env, 'SEARCH_MAX_AGE', 300),
    searchSMaxAge: integer(env, 'SEARCH_S_MAXAGE', 86_400),
    searchStaleWhileRevalidate: integer(env, 'SEARCH_STALE_WHILE_REVALIDATE', 604_800),
    compressionCacheBytes: integer(env, 'COMPRESSION_CACHE_BYTES', 64 * 1024 * 1024),
    answerCacheBytes: integer(env, 'ANSWER_CACHE_BYTES', 32 * 1024 * 1024),
  };
}
