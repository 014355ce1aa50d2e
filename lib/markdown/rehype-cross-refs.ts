import type { Element, ElementContent, Root, Text } from 'hast';
import { APPENDIX_LETTER_PATTERN, BLOCK_LABEL_PATTERN, blockIdFromLabel, slugOfPartNumber } from '@/lib/content/anchors';
import { hasClass, isElement, text } from './hast-helpers';
import { sitePath } from './site-path';

export interface CrossRefOptions {
  /** The part being rendered: references into it stay same-page anchors. */
  slug: string;
  /** Ids that exist in the whole report; when given, a reference to anything else stays plain text. */
  knownIds?: ReadonlySet<string>;
}

/** `图1-1`, `表5-1`, `专栏5-1`, then continuations like `，4-2` / `、图4-3` / `和4-4` that inherit the kind. */
const FIRST = new RegExp(`(${BLOCK_LABEL_PATTERN})([0-9]+|${APPENDIX_LETTER_PATTERN})-([0-9]+)`, 'g');
const NEXT = new RegExp(`^([，、,和及与至]\\s*)(${BLOCK_LABEL_PATTERN})?([0-9]+|${APPENDIX_LETTER_PATTERN})-([0-9]+)`);

/** Inside these the label is the thing itself, not a reference to it. */
function skip(node: Element): boolean {
  return (
    node.tagName === 'a' ||
    node.tagName === 'figcaption' ||
    /^h[1-6]$/.test(node.tagName) ||
    hasClass(node, 'block-caption') ||
    hasClass(node, 'ui')
  );
}

/**
 * Turns cross-references in the running text (`（见图4-1，4-2）`, `见表1-1`, `专栏5-1`) into links. The part
 * holding figure/table/box X-Y is chapter X (the report numbers them per chapter), so references across
 * chapters link to `/chapters/X#fig-X-Y`.
 */
export function rehypeCrossRefs(options: CrossRefOptions) {
  const hrefFor = (kind: string, chapter: string, n: string): string | null => {
    const id = blockIdFromLabel(`${kind}${chapter}-${n}`);
    if (!id || (options.knownIds && !options.knownIds.has(id))) return null;
    const slug = slugOfPartNumber(chapter);
    if (!slug) return null;
    return slug === options.slug ? `#${id}` : sitePath(`/chapters/${slug}#${id}`);
  };

  const link = (href: string, label: string): Element => ({
    type: 'element',
    tagName: 'a',
    properties: { href, className: ['xref'] },
    children: [text(label)],
  });

  const splitText = (node: Text): ElementContent[] | null => {
    const value = node.value;
    const out: ElementContent[] = [];
    let last = 0;
    FIRST.lastIndex = 0;
    for (let m = FIRST.exec(value); m; m = FIRST.exec(value)) {
      const href = hrefFor(m[1], m[2], m[3]);
      if (!href) continue;
      if (m.index > last) out.push(text(value.slice(last, m.index)));
      out.push(link(href, m[0]));
      let end = m.index + m[0].length;
      for (let c = NEXT.exec(value.slice(end)); c; c = NEXT.exec(value.slice(end))) {
        const kind = c[2] ?? m[1];
        const nextHref = hrefFor(kind, c[3], c[4]);
        if (!nextHref) break;
        out.push(text(c[1]), link(nextHref, c[0].slice(c[1].length)));
        end += c[0].length;
      }
      last = end;
      FIRST.lastIndex = end;
    }
    if (out.length === 0) return null;
    if (last < value.length) out.push(text(value.slice(last)));
    return out;
  };

  const walk = (parent: Root | Element) => {
    const children: (Root['children'][number] | ElementContent)[] = [];
    for (const child of parent.children) {
      if (child.type === 'text') {
        const parts = splitText(child);
        children.push(...(parts ?? [child]));
        continue;
      }
      if (isElement(child) && !skip(child)) walk(child);
      children.push(child);
    }
    parent.children = children as never;
  };

  return (tree: Root) => walk(tree);
}
