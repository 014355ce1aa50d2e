import type { Element, Root } from 'hast';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { hasClass } from './hast-helpers';
import { type RenderOptions, reportProcessor } from './render';
import { sitePath } from './site-path';

export interface FigureCard {
  id: string;
  /** The card as the chapter shows it, its in-page links pointing into the chapter. */
  html: string;
}

/**
 * A chapter's figure cards, rendered by the very chain that renders the chapter (so /figures shows the
 * same cards, citations and charts), with every `#…` link rewritten to `/chapters/<slug>#…` because the
 * cards leave their chapter.
 */
export function renderFigureCards(markdown: string, options: RenderOptions): FigureCard[] {
  const processor = reportProcessor(options);
  const tree = processor.runSync(processor.parse(markdown)) as Root;
  const stringify = unified().use(rehypeStringify);
  const cards: FigureCard[] = [];
  visit(tree, 'element', (node: Element) => {
    if (node.tagName !== 'figure' || !hasClass(node, 'report-figure')) return;
    // The 引用 button needs the chapter's citation dialog, which /figures does not have: the card links there.
    visit(node, 'element', (el: Element, index, parent) => {
      if (el.tagName === 'button' && hasClass(el, 'cite-button') && parent && index !== undefined) {
        parent.children.splice(index, 1);
        return index;
      }
      const href = el.properties?.href;
      if (el.tagName === 'a' && typeof href === 'string' && href.startsWith('#'))
        el.properties.href = sitePath(`/chapters/${options.slug}${href}`);
    });
    cards.push({ id: String(node.properties?.id ?? ''), html: stringify.stringify({ type: 'root', children: [node] }) });
    return 'skip';
  });
  return cards;
}
