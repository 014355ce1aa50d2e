/** The sub-path the site is served under (`BASE_PATH` at build time), for links and fetches Next does not prefix itself. */
export const BASE_PATH = process.env.NEXT_PUBLIC_BASE_PATH ?? '';

/** `/chapters/1?q=…` → `/report2022/chapters/1?q=…` under a sub-path; unchanged without one. */
export function withBase(href: string): string {
  return BASE_PATH && href.startsWith('/') ? BASE_PATH + href : href;
}

/** True in the static export: no /api/search to fall back on. */
export const STATIC_EXPORT = process.env.NEXT_PUBLIC_STATIC_EXPORT === '1';
