import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

/**
 * The content format never emits raw HTML (FORMAT.md), so anything that parses as HTML is text the source
 * happened to contain (`<script>`, `<年度>`): it is shown as the characters it is, never dropped and never run.
 */
export function remarkHtmlAsText() {
  return (tree: Root) => {
    visit(tree, 'html', (node, index, parent) => {
      if (!parent || index === undefined) return;
      const textNode = { type: 'text' as const, value: node.value };
      const inBlockContext =
        parent.type === 'root' ||
        parent.type === 'blockquote' ||
        parent.type === 'listItem' ||
        parent.type === 'containerDirective' ||
        parent.type === 'footnoteDefinition';
      parent.children.splice(index, 1, (inBlockContext ? { type: 'paragraph', children: [textNode] } : textNode) as never);
    });
  };
}
