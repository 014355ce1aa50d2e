import { Parser } from 'htmlparser2';

/** Attributes through which a page loads or leads to another URL of the site. */
const URL_ATTRIBUTES = ['href', 'src', 'action', 'poster'];

/**
 * Site-root links in an exported page that skip its sub-path: under `BASE_PATH=/report2022` a
 * `href="/chapters/1"` leads out of the site. Next prefixes its own <Link>s and assets, but not plain
 * `<a>`s or links written into rendered Markdown, so the export checks every page.
 */
export function linksOutsideBasePath(html: string, basePath: string): string[] {
  const found = new Set<string>();
  const parser = new Parser({
    onopentag(_name, attributes) {
      for (const name of URL_ATTRIBUTES) {
        const value = attributes[name];
        if (!value?.startsWith('/') || value.startsWith('//')) continue;
        if (value === basePath || value.startsWith(`${basePath}/`) || value.startsWith(`${basePath}?`) || value.startsWith(`${basePath}#`))
          continue;
        found.add(value);
      }
    },
  });
  parser.end(html);
  return [...found];
}
