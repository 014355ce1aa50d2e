import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { hasClass } from './hast-helpers';

/** What a reader is told about a reading that is not proven; the raw digits appear as the source had them. */
const NOTICE: Record<string, string> = {
  inferred: '小数点位置系推断，原文数字为',
  unsettled: '小数点位置未定，原文数字为',
};

/** ASCII digits back to the full-width digits the source text shows (４３８３), so readers can find them in the PDF. */
export function toFullWidth(raw: string): string {
  return raw.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)).replace(/-/g, '－');
}

/**
 * Presents `:num` readings (FORMAT.md). Settled and confirmed readings are plain text (a span keeps the
 * id for links, and its title says how it was settled). Unsettled and inferred ones become a focusable <abbr> with a dotted underline whose
 * title names the raw digits: a number shown as fact must be one the text proves.
 */
export interface NumMarkOptions {
  /** outline.json `numbers[].reason` by id: how a reading was decided, offered on hover. */
  reasons?: ReadonlyMap<string, string>;
  /** outline.json `numbers[].basis` by id, for confirmed readings: a cited source, or an argument from the text. */
  bases?: ReadonlyMap<string, 'source' | 'argument'>;
}

/** How the title introduces a proven reading's reason: settled by the text, or confirmed, and how. */
function provenTitle(status: string, basis: 'source' | 'argument' | undefined, reason: string): string {
  if (status !== 'confirmed') return `小数点位置已确定：${reason}`;
  return basis === 'argument' ? `小数点位置经文中数字推算核实：${reason}` : `小数点位置经所引来源核实：${reason}`;
}

export function rehypeNumMarks(options: NumMarkOptions = {}) {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'span' || !hasClass(node, 'report-num')) return;
      const status = String(node.properties?.dataStatus ?? 'unsettled');
      const raw = String(node.properties?.dataRaw ?? '');
      const id = node.properties?.id;
      const notice = NOTICE[status] ?? (status === 'settled' || status === 'confirmed' ? null : NOTICE.unsettled);
      const reason = id ? options.reasons?.get(String(id)) : undefined;
      if (!notice) {
        const basis = status === 'confirmed' && id ? (options.bases?.get(String(id)) ?? 'source') : undefined;
        node.properties = {
          id,
          // Settled, confirmed by a source and confirmed by an argument read alike (plain) but say apart why.
          className: basis ? ['num', 'num-confirmed'] : ['num'],
          ...(basis ? { dataBasis: basis } : {}),
          // The source's digits, so the find bar and search landings can match what the PDF printed.
          ...(raw ? { dataRaw: toFullWidth(raw) } : {}),
          ...(reason ? { title: provenTitle(status, basis, reason) } : {}),
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
        title: `${notice} ${toFullWidth(raw)}${reason ? `\n依据：${reason}` : ''}`,
        tabIndex: 0,
      };
    });
  };
}
