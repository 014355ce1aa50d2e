import { ARTICLE_PROP } from './article-prop';
import { emptyTextRow, findTextRow, PayloadFormatError, readInlinePayload, writeInlinePayload } from './inline-payload';

export interface SlimResult {
  html: string;
  /** Characters of article HTML taken out of the inline payload (0: the page has no article prop). */
  removed: number;
}

/**
 * A prerendered page without the second copy of its article: the article's HTML stays in the document,
 * and the document's own inline payload gets an empty string for it. The client component reads the
 * article back from the document it hydrates (chapter-article.client.tsx); client navigations fetch the
 * full payload (`.rsc` files), which this never touches.
 *
 * Refuses (throws) unless the text it removes is exactly what the document's article element holds, so
 * a change in Next's or React's output can never make a page lose its text: the build fails instead.
 */
export function slimArticle(html: string): SlimResult {
  // Pages other than chapters have no article prop: nothing to read.
  if (!html.includes(ARTICLE_PROP)) return { html, removed: 0 };
  const payload = readInlinePayload(html);
  const ref = new RegExp(`"${ARTICLE_PROP}":"\\$([0-9a-f]+)"`).exec(payload.flight);
  // No article, or one short enough for React to write inline rather than as a text row: kept as it is.
  if (!ref) return { html, removed: 0 };
  const row = findTextRow(payload.flight, ref[1]);
  if (!row) throw new PayloadFormatError(`the article prop points at row ${ref[1]}, which is not a text row`);
  if (!row.text || !html.includes(`id="chapter">${row.text}</article>`)) {
    throw new PayloadFormatError('the article in the payload is not the article in the document: nothing was removed');
  }
  return { html: writeInlinePayload(html, payload, emptyTextRow(payload.flight, row)), removed: row.text.length };
}
