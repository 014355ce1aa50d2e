/**
 * Links written into rendered HTML (cross-references, figure cards, download links) are plain `<a>`s,
 * which Next does not prefix with the site's sub-path the way it does its own <Link>s. Under
 * `BASE_PATH=/report2022` (the static export on a sub-path) they must carry it themselves. Build time only:
 * the pages are prerendered, so the value is fixed per build.
 */
export function sitePath(href: string, basePath = process.env.BASE_PATH ?? ''): string {
  return basePath && href.startsWith('/') && !href.startsWith('//') ? basePath + href : href;
}
