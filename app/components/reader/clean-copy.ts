/**
 * What a reader's copy of the report text puts on the clipboard. The browser's own copy glues a footnote
 * reference to the number before it (`3.5%` + `1` reads as 3.51 %), and would carry the page's controls
 * and internal attributes into other documents. Here a selection's clone is rewritten so that:
 * - a footnote reference becomes `[n]` (a bracketed number can never merge with a figure);
 * - a number mark becomes its reading (the HTML keeps the title that says it is inferred, and the raw digits);
 * - injected controls (¶, #, 复制引用), back-links (↩) and previews are left out;
 * - links point at absolute URLs, and ids, classes and data attributes are dropped.
 * It works on a detached clone only: the page itself is never touched.
 */

/** Everything the renderer or the islands add that is not the report's text. */
const NOT_TEXT = '.ui, [data-footnote-backref], .fn-popover, .fn-sheet, script, style, button';
/** Elements whose content starts on a new line when pasted as plain text. */
const BLOCKS = new Set([
  'P',
  'DIV',
  'LI',
  'UL',
  'OL',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'FIGURE',
  'FIGCAPTION',
  'ASIDE',
  'BLOCKQUOTE',
  'SECTION',
  'ARTICLE',
  'TABLE',
  'TR',
  'CAPTION',
  'HEADER',
  'FOOTER',
]);
/** Attributes worth keeping in pasted HTML; everything else is this page's machinery. */
const KEEP_ATTRIBUTES = new Set(['href', 'title', 'colspan', 'rowspan', 'lang']);

export interface CleanCopy {
  text: string;
  html: string;
}

/** `[1]` for a footnote reference, whichever of its parts the selection cut through. */
function footnoteLabel(ref: Element): string {
  return `[${(ref.textContent ?? '').trim()}]`;
}

function rewrite(root: DocumentFragment | Element, baseUrl: string): void {
  root.querySelectorAll(NOT_TEXT).forEach((n) => n.remove());
  // A reference is <sup><a data-footnote-ref>1</a></sup>; the <sup> may be outside a partial selection.
  root.querySelectorAll('a[data-footnote-ref]').forEach((ref) => {
    const holder = ref.parentElement?.tagName === 'SUP' && ref.parentElement.childNodes.length === 1 ? ref.parentElement : ref;
    const sup = ref.ownerDocument.createElement('sup');
    sup.textContent = footnoteLabel(ref);
    holder.replaceWith(sup);
  });
  root.querySelectorAll('abbr.num-mark').forEach((mark) => {
    // The reading stays an <abbr> in HTML, so the pasted text still says the decimal point is inferred.
    mark.removeAttribute('tabindex');
  });
  root.querySelectorAll('*').forEach((el) => {
    for (const attr of Array.from(el.attributes)) {
      if (!KEEP_ATTRIBUTES.has(attr.name)) el.removeAttribute(attr.name);
    }
    const href = el.getAttribute('href');
    if (href !== null) el.setAttribute('href', new URL(href, baseUrl).href);
  });
}

/** Plain text of a detached tree: blocks on their own lines, table cells separated by tabs. */
export function plainText(root: Node): string {
  let out = '';
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      out += (node as Text).data;
      return;
    }
    if (!(node instanceof Element) && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return;
    const tag = node instanceof Element ? node.tagName : '';
    if (tag === 'BR') {
      out += '\n';
      return;
    }
    const block = BLOCKS.has(tag);
    if (block) out += '\n';
    if ((tag === 'TD' || tag === 'TH') && node.previousSibling) out += '\t';
    node.childNodes.forEach(walk);
    if (block) out += '\n';
  };
  walk(root);
  // Paragraphs are separated by one blank line, as the browser's own copy does; no line keeps edge spaces.
  return out
    .split('\n')
    .map((line) => line.replace(/[ \t]+$/g, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The clean text and HTML of a selected range of the page (a clone; the page is left as it is). */
export function cleanCopy(range: Range, baseUrl: string): CleanCopy {
  // A selection inside one text node clones only that text, which is already clean.
  const fragment = range.cloneContents();
  rewrite(fragment, baseUrl);
  const box = document.createElement('div');
  box.append(fragment);
  return { text: plainText(box), html: box.innerHTML };
}
