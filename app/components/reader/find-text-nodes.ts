/**
 * The chapter's visible text as the find bar sees it: text nodes in document order, with `null` where a
 * block ends. Injected controls (.ui), previews and screen-reader-only text are not the report's text.
 */
const SKIP = '.ui, .sr-only, [hidden], script, style, .fn-popover, .fn-sheet';
const BLOCK = 'p, li, h1, h2, h3, h4, h5, h6, td, th, figcaption, div, aside, figure, section, blockquote, article';

export function collectTextNodes(root: Element): { nodes: (Text | null)[]; texts: (string | null)[] } {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (n.parentElement?.closest(SKIP) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const nodes: (Text | null)[] = [];
  let lastBlock: Element | null = null;
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    const block = n.parentElement?.closest(BLOCK) ?? null;
    if (lastBlock && block !== lastBlock) nodes.push(null);
    lastBlock = block;
    nodes.push(n);
  }
  return { nodes, texts: nodes.map((n) => (n ? n.data : null)) };
}
