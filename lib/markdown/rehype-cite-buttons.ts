import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { UI_CLASS, hasClass, isElement, text } from './hast-helpers';

/** The button a client island turns into the 引用 dialog (hidden without JavaScript, never copied or found). */
export function citeButton(id: string, label: string): Element {
  return {
    type: 'element',
    tagName: 'button',
    properties: { type: 'button', className: [UI_CLASS, 'cite-button'], dataCite: id, ariaLabel: label },
    children: [text('引用')],
  };
}

/**
 * Gives every citable place besides paragraphs (sections, numbered items, figures, tables, boxes) a 引用
 * button beside its link icon. Runs after ids and report blocks exist; paragraphs get theirs with their ids.
 */
export function rehypeCiteButtons() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, _index, parent) => {
      const id = node.properties?.id;
      if (/^h[2-4]$/.test(node.tagName) && typeof id === 'string') {
        // Before the link icon, which stays the heading's last child (it sits in the left gutter).
        const last = node.children[node.children.length - 1];
        const at = isElement(last) && hasClass(last, 'heading-anchor') ? node.children.length - 1 : node.children.length;
        node.children.splice(at, 0, citeButton(id, '引用本节'));
        return;
      }
      // A caption (figure, table, box) cites the block it names: <figure id="fig-1-1"><figcaption …>.
      if (hasClass(node, 'block-caption') && isElement(parent) && typeof parent.properties?.id === 'string') {
        const label = node.children.find((c) => isElement(c) && hasClass(c, 'block-label'));
        const name = label && isElement(label) ? label.children.map((c) => ('value' in c ? c.value : '')).join('') : '';
        node.children.push(citeButton(String(parent.properties.id), `引用${name}`));
      }
    });
  };
}
