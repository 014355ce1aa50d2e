import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { addClass } from './hast-helpers';

/**
 * Marks links whose text is their own address (GFM autolinks of the report's URLs), so print can show
 * the address after every other external link without printing these twice. External links open as
 * usual but never hand the opened page a handle on this one.
 */
export function rehypeBareUrls() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'a') return;
      const href = String(node.properties?.href ?? '');
      if (!/^https?:\/\//.test(href)) return;
      node.properties = { ...node.properties, rel: ['noopener'] };
      const text = toString(node).trim();
      if (text === href || `http://${text}` === href || `https://${text}` === href) addClass(node, 'bare-url');
    });
  };
}
