import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { hasClass } from './hast-helpers';
import { isProven, numberTitle, type ProvenBasis, toFullWidth } from './number-title';

export { toFullWidth } from './number-title';

/**
 * Presents `:num` readings (FORMAT.md). Settled and confirmed readings are plain text (a span keeps the
 * id for links, and its title says how it was settled). Unsettled and inferred ones become a focusable <abbr> with a dotted underline whose
 * title names the raw digits: a number shown as fact must be one the text proves. Titles are the short
 * ones (number-title.ts): the reasoning arrives after the page, from the chapter's reasons file.
 */
export interface NumMarkOptions {
  /** outline.json `numbers[].reason` by id: how a reading was decided, offered on hover. */
  reasons?: ReadonlyMap<string, string>;
  /** outline.json `numbers[].basis` by id, for confirmed readings: a cited source, or an argument from the text. */
  bases?: ReadonlyMap<string, 'source' | 'argument'>;
  /** The titles' length (number-title.ts); short unless told. */
  titles?: 'full' | 'short';
}

export function rehypeNumMarks(options: NumMarkOptions = {}) {
  const length = options.titles ?? 'short';
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'span' || !hasClass(node, 'report-num')) return;
      const status = String(node.properties?.dataStatus ?? 'unsettled');
      const raw = String(node.properties?.dataRaw ?? '');
      const id = node.properties?.id;
      const reason = id ? options.reasons?.get(String(id)) : undefined;
      if (isProven(status)) {
        const basis: ProvenBasis | undefined = status === 'confirmed' && id ? (options.bases?.get(String(id)) ?? 'source') : undefined;
        const title = numberTitle({ status, raw, basis, reason }, length);
        node.properties = {
          id,
          // Settled, confirmed by a source and confirmed by an argument read alike (plain) but say apart why.
          className: basis ? ['num', 'num-confirmed'] : ['num'],
          ...(basis ? { dataBasis: basis } : {}),
          // The source's digits, so the find bar and search landings can match what the PDF printed.
          ...(raw ? { dataRaw: toFullWidth(raw) } : {}),
          ...(title ? { title } : {}),
        };
        return;
      }
      node.tagName = 'abbr';
      node.properties = {
        id,
        className: ['num-mark'],
        dataStatus: status === 'inferred' ? 'inferred' : 'unsettled',
        // Print cannot hover: it shows the raw digits after the reading.
        dataRaw: toFullWidth(raw),
        title: numberTitle({ status, raw, reason }, length),
        tabIndex: 0,
      };
    });
  };
}
