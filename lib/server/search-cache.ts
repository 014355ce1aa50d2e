/**
 * Search answers only change with a new build (the index is a build artifact), so caches may keep them:
 * browsers for minutes, shared caches for a day, and stale ones may be served while revalidating.
 */
export interface SearchCachePolicy {
  maxAge: number;
  sMaxAge: number;
  staleWhileRevalidate: number;
}

export const DEFAULT_SEARCH_CACHE: SearchCachePolicy = { maxAge: 300, sMaxAge: 86_400, staleWhileRevalidate: 604_800 };

export function searchCacheControl(policy: SearchCachePolicy = DEFAULT_SEARCH_CACHE): string {
  return `public, max-age=${policy.maxAge}, s-maxage=${policy.sMaxAge}, stale-while-revalidate=${policy.staleWhileRevalidate}`;
}

export function isSearchPath(pathname: string): boolean {
  return pathname === '/search' || pathname === '/api/search';
}
