/**
 * The request parameters of GET /api/search (and the /search page), checked before any search runs:
 * a bad parameter is the caller's mistake (400), never a server error.
 */
export const MAX_LIMIT = 500;
/** Far above the 300 bytes searched: longer input is truncated with a note, absurd input refused. */
export const MAX_RAW_QUERY = 2000;
/** Far beyond the last result of any query (the report has ~430 units); a larger offset is a mistake. */
export const MAX_OFFSET = 10_000;

export interface SearchParams {
  q: string;
  limit: number | undefined;
  offset: number | undefined;
  chapter: string | undefined;
  exact: boolean;
}

export type Params = ({ ok: true } & SearchParams) | { ok: false; error: string };

const SLUG = /^[a-z0-9-]{1,40}$/;

/** One optional value of `name`, or an error when it is repeated. */
function single(params: URLSearchParams, name: string): { value?: string; error?: string } {
  const all = params.getAll(name);
  if (all.length > 1) return { error: `parameter ${name} given more than once` };
  return { value: all[0] };
}

function whole(name: string, raw: string | undefined, min: number, max: number): { value?: number; error?: string } {
  if (raw === undefined) return {};
  if (!/^\d{1,5}$/.test(raw)) return { error: `${name} must be a whole number` };
  const value = Number(raw);
  if (value < min || value > max) return { error: `${name} must be between ${min} and ${max}` };
  return { value };
}

export function parseSearchParams(params: URLSearchParams): Params {
  const qs = params.getAll('q');
  if (qs.length === 0) return { ok: false, error: 'missing parameter q' };
  if (qs.length > 1) return { ok: false, error: 'parameter q given more than once' };
  const q = qs[0];
  if (q.length > MAX_RAW_QUERY) return { ok: false, error: `q longer than ${MAX_RAW_QUERY} characters` };
  const raw = {
    limit: single(params, 'limit'),
    offset: single(params, 'offset'),
    chapter: single(params, 'chapter'),
    exact: single(params, 'exact'),
  };
  for (const r of Object.values(raw)) if (r.error) return { ok: false, error: r.error };
  const limit = whole('limit', raw.limit.value, 1, MAX_LIMIT);
  if (limit.error) return { ok: false, error: limit.error };
  const offset = whole('offset', raw.offset.value, 0, MAX_OFFSET);
  if (offset.error) return { ok: false, error: offset.error };
  const chapter = raw.chapter.value || undefined;
  if (chapter !== undefined && !SLUG.test(chapter)) return { ok: false, error: 'chapter must be a chapter slug such as 3 or appendix-a' };
  const exact = raw.exact.value;
  if (exact !== undefined && !['0', '1', ''].includes(exact)) return { ok: false, error: 'exact must be 1 or 0' };
  return { ok: true, q, limit: limit.value, offset: offset.value, chapter, exact: exact === '1' };
}
