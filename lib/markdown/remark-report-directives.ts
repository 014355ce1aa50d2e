import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

const CONTAINER_TAGS: Record<string, string> = { figure: 'figure', table: 'figure', box: 'aside' };

/**
 * Maps the content format's directives (lib/content/FORMAT.md) onto hast elements that the rehype
 * plugins finish: :::figure/:::table/:::box → <figure>/<aside class="report-…"> with their id;
 * :num[…] → <span class="report-num" data-*>. Unknown directives (a stray `:word` in Latin text, e.g.
 * a time like 10:30 never parses as one, but `note:abc` does) go back to being the text they were.
 */
export function remarkReportDirectives() {
  return (tree: Root) => {
    visit(tree, (node, index, parent) => {
      if (node.type === 'containerDirective' && node.name in CONTAINER_TAGS) {
        const data = (node.data ??= {});
        data.hName = CONTAINER_TAGS[node.name];
        data.hProperties = { id: node.attributes?.id ?? undefined, className: [`report-${node.name}`] };
        return;
      }
      if (node.type === 'textDirective' && node.name === 'num') {
        const data = (node.data ??= {});
        const attributes = node.attributes ?? {};
        data.hName = 'span';
        data.hProperties = {
          id: attributes.id ?? undefined,
          className: ['report-num'],
          dataRaw: attributes.raw ?? undefined,
          dataStatus: attributes.status ?? undefined,
          dataUnit: attributes.unit ?? undefined,
        };
        return;
      }
      if (
        (node.type === 'textDirective' || node.type === 'leafDirective' || node.type === 'containerDirective') &&
        parent &&
        index !== undefined
      ) {
        const prefix = node.type === 'textDirective' ? ':' : node.type === 'leafDirective' ? '::' : ':::';
        parent.children.splice(index, 1, { type: 'text', value: prefix + node.name } as never, ...(node.children as never[]));
        return index;
      }
    });
  };
}
