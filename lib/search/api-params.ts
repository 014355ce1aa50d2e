/**
 * The request parameters of GET /api/search (and the /search page), checked before any search runs:
 * a bad parameter is the caller's mistake (400), never a server error.
 */
export const MAX_LIMIT = 500;
/** Far above the 100 characters searched: longer input is truncated with a note, absurd input refused. */
export const MAX_RAW_QUERY = 2000;

export type Params = { ok: true; q: string; limit: number | undefined } | { ok: false; error: string };

export function parseSearchParams(params: URLSearchParams): Params {
  const qs = params.getAll('q');
  if (qs.length === 0) return { ok: false, error: 'missing parameter q' };
  if (qs.length > 1) return { ok: false, error: 'parameter q given more than once' };
  const q = qs[0];
  if (q.length > MAX_RAW_QUERY) return { ok: false, error: `q longer than ${MAX_RAW_QUERY} characters` };
  const limits = params.getAll('limit');
  if (limits.length > 1) return { ok: false, error: 'parameter limit given more than once' };
  if (limits.length === 0) return { ok: true, q, limit: undefined };
  if (!/^\d{1,4}$/.test(limits[0])) return { ok: false, error: 'limit must be a whole number' };
  const limit = Number(limits[0]);
  if (limit < 1 || limit > MAX_LIMIT) return { ok: false, error: `limit must be between 1 and ${MAX_LIMIT}` };
  return { ok: true, q, limit };
}
