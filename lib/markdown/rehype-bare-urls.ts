import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { addClass } from './hast-helpers';

/**
 * Notes on reconstructed addresses (outline.json `urls`) what the source text had. Marks links whose text is their own address (GFM autolinks of the report's URLs), so print can show
 * the address after every other external link without printing these twice. External links open as
 * usual but never hand the opened page a handle on this one.
 */
export interface ReconstructedUrl {
  raw: string;
  ambiguous?: boolean;
}

export interface BareUrlOptions {
  /** outline.json `urls` by restored address: the extraction dropped every dot, so most were rebuilt. */
  reconstructed?: ReadonlyMap<string, ReconstructedUrl>;
}

export function rehypeBareUrls(options: BareUrlOptions = {}) {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'a') return;
      const href = String(node.properties?.href ?? '');
      if (!/^https?:\/\//.test(href)) return;
      node.properties = { ...node.properties, rel: ['noopener'] };
      // Like a number's decimal point, a rebuilt address is shown with what the source actually had.
      const rebuilt = options.reconstructed?.get(href);
      if (rebuilt) {
        node.properties.title = `${rebuilt.ambiguous ? '网址中的点号系推断重建，可能有误' : '网址中的点号系重建'}；原文为 ${rebuilt.raw}`;
        if (rebuilt.ambiguous) addClass(node, 'url-ambiguous');
      }
      const text = toString(node).trim();
      if (text === href || `http://${text}` === href || `https://${text}` === href) addClass(node, 'bare-url');
    });
  };
}
