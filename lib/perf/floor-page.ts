/**
 * The least a chapter page could be and still show its largest paint: the served document cut right
 * after the article's first paragraph (the element LCP reports), without a single script, inline or
 * external, and without the stylesheets' links (the head's inlined critical CSS stays).
 *
 * `npm run size` loads it on the same throttled phone in the same run as the real page, so the real
 * page's LCP can be read against what this machine's network profile, CPU slowdown and fonts allow at
 * all, instead of against a figure from another machine.
 */
export function floorPage(html: string): string {
  const article = html.indexOf('<article');
  const firstParagraphEnd = article < 0 ? -1 : html.indexOf('</p>', article);
  if (firstParagraphEnd < 0) throw new Error('floor page: the document has no article paragraph');
  const upToParagraph = html.slice(0, firstParagraphEnd + '</p>'.length);
  const withoutScripts = upToParagraph.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '');
  const withoutStylesheets = withoutScripts.replace(/<link\b[^>]*\brel="stylesheet"[^>]*>/g, '');
  return `${withoutStylesheets}</article></main></body></html>`;
}
