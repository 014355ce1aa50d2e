'use client';

import { useState } from 'react';
import { ARTICLE_PROP } from '@/lib/prerender/article-prop';

/**
 * Articles this page has shown, by chapter: when the router shows a chapter again from its cache (Back
 * after a client navigation), the cached payload is the document's slimmed one, without the article.
 */
const shown = new Map<string, string>();

/** The article HTML the server rendered into the document, read before hydration touches it. */
function documentArticle(): string | undefined {
  if (typeof document === 'undefined') return undefined;
  return document.getElementById('chapter')?.innerHTML;
}

type Props = { slug: string; numberReasonsHref?: string } & { [ARTICLE_PROP]: string };

/**
 * The chapter's text. Its HTML reaches the browser once: in the document. The build empties the copy in
 * the document's inline RSC payload (lib/prerender/slim-article.ts), so on the first load this reads the
 * article from the document it hydrates, and React, which never diffs `dangerouslySetInnerHTML` while
 * hydrating, keeps that DOM. A client navigation brings the full payload, and the prop has the HTML.
 */
export function ChapterArticle(props: Props) {
  const { slug } = props;
  const [html] = useState(() => {
    const markup = props[ARTICLE_PROP] || shown.get(slug) || documentArticle() || '';
    if (markup) shown.set(slug, markup);
    return markup;
  });
  return (
    <article
      className="report"
      // Read by the number tooltip (number-tooltip.client.tsx), which loads the numbers' full titles.
      data-number-reasons={props.numberReasonsHref}
      id="chapter"
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
