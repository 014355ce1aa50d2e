import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { LOST_NOTE } from '@/lib/content/anchors';
import { addClass, isElement } from './hast-helpers';

/**
 * Finishes GFM footnotes (remark-rehype already links `fnref-<n>` ⇄ `fn-<n>` both ways): marks notes
 * whose body was lost so the reader and the preview can say so plainly, and gives each reference an
 * accessible name ("注释 3") instead of a bare digit.
 */
export function rehypeFootnotes() {
  return (tree: Root) => {
    const lost = new Set<string>();
    visit(tree, 'element', (node: Element) => {
      if (node.tagName === 'li' && /^fn-/.test(String(node.properties?.id ?? ''))) {
        if (toString(node).includes(LOST_NOTE)) {
          addClass(node, 'fn-lost');
          lost.add(String(node.properties!.id));
        }
      }
    });
    visit(tree, 'element', (node: Element) => {
      if (!isElement(node, 'a') || node.properties?.dataFootnoteRef === undefined) return;
      const target = String(node.properties.href ?? '').replace(/^#/, '');
      const n = toString(node);
      node.properties = {
        ...node.properties,
        ariaLabel: lost.has(target) ? `注释 ${n}（原文注释缺失）` : `注释 ${n}`,
        ariaDescribedBy: undefined,
      };
      if (lost.has(target)) addClass(node, 'fnref-lost');
    });
  };
}
