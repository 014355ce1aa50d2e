import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

const CONTAINER_TAGS: Record<string, string> = { figure: 'figure', table: 'figure', box: 'aside' };

/**
 * Turns the content format's directives (lib/content/FORMAT.md) into HTML elements:
 * :::figure/:::table/:::box → <figure>/<aside> with their id; :num[…] → <span data-status>.
 * Unknown directives (a stray `:word` in Latin text) go back to being the text they were.
 */
export function remarkReportDirectives() {
  return (tree: Root) => {
    visit(tree, (node, index, parent) => {
      if (node.type === 'containerDirective') {
        const data = (node.data ??= {});
        data.hName = CONTAINER_TAGS[node.name] ?? 'div';
        data.hProperties = { id: node.attributes?.id ?? undefined, className: [`report-${node.name}`] };
        return;
      }
      if (node.type === 'textDirective' && node.name === 'num') {
        const data = (node.data ??= {});
        data.hName = 'span';
        data.hProperties = {
          id: node.attributes?.id ?? undefined,
          className: ['report-num'],
          dataRaw: node.attributes?.raw ?? undefined,
          dataStatus: node.attributes?.status ?? undefined,
          dataUnit: node.attributes?.unit ?? undefined,
        };
        return;
      }
      if ((node.type === 'textDirective' || node.type === 'leafDirective') && parent && index !== undefined) {
        const prefix = node.type === 'textDirective' ? ':' : '::';
        parent.children.splice(index, 1, { type: 'text', value: prefix + node.name } as never, ...(node.children as never[]));
        return index;
      }
    });
  };
}
