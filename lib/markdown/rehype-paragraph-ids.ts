import type { Element, ElementContent, Root } from 'hast';
import { paragraphId } from '@/lib/content/anchors';
import { UI_CLASS, anchorLink, classes, isElement } from './hast-helpers';
import { citeButton } from './rehype-cite-buttons';

/** Containers whose paragraphs are the report's running text (a box's paragraphs are cited like any other). */
const WALK_INTO = new Set(['aside', 'blockquote', 'div']);

/**
 * Numbers the running-text paragraphs within the innermost section heading before them
 * (`sec-1-1-1-p2`), so a link can point at one paragraph and survive a rebuild of unchanged content.
 * Captions, sources, notices, table cells and footnote bodies are not numbered. Each numbered
 * paragraph gets a pilcrow link and a 引用 button (enhanced by a client island; hidden without JS).
 */
export function rehypeParagraphIds() {
  return (tree: Root) => {
    let section: string | null = null;
    const counters = new Map<string, number>();
    const walk = (children: Root['children'] | ElementContent[]) => {
      for (const node of children) {
        if (!isElement(node)) continue;
        if (/^h[1-6]$/.test(node.tagName)) {
          if (node.properties?.id) section = String(node.properties.id);
          continue;
        }
        if (node.tagName === 'section' && node.properties?.dataFootnotes !== undefined) continue;
        if (node.tagName === 'p' && classes(node).length === 0 && section) {
          const n = (counters.get(section) ?? 0) + 1;
          counters.set(section, n);
          const id = paragraphId(section, n);
          node.properties = { ...node.properties, id, className: ['para'] };
          node.children.push(paragraphTools(id));
          continue;
        }
        if (WALK_INTO.has(node.tagName)) walk(node.children);
      }
    };
    walk(tree.children);
  };
}

function paragraphTools(id: string): Element {
  return {
    type: 'element',
    tagName: 'span',
    properties: { className: [UI_CLASS, 'para-tools'] },
    children: [anchorLink(`#${id}`, '复制本段链接', '¶', 'para-anchor'), citeButton(id, '引用本段')],
  };
}
