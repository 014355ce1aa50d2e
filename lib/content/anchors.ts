/**
 * Element ids derived from the report's own numbering, never from titles, so links survive rebuilds
 * and retitling. Shared by the content build (outline.json), the renderer and search.
 */

/** `1.1.1 标题` → `sec-1-1-1`; `B1.2 标题` → `sec-b1-2`; anything else → null. */
export function sectionIdFromHeading(text: string): string | null {
  const match = /^([BC]?\d+(?:\.\d+)*)\s/.exec(text.trim());
  return match ? sectionIdFromNumber(match[1]) : null;
}

/** A printed section number → its id: `1.1.1` → `sec-1-1-1`, `B1.2` → `sec-b1-2`. */
export function sectionIdFromNumber(number: string): string {
  return `sec-${number.toLowerCase().replace(/\./g, '-')}`;
}

/** Numbered item `1. 电子支付服务` under section `sec-2-1-2` → `sec-2-1-2-i1`. */
export function itemId(parentId: string, itemNumber: number): string {
  return `${parentId}-i${itemNumber}`;
}

/** `图1-1` → `fig-1-1`, `表5-1` → `tbl-5-1`, `专栏5-1` → `box-5-1`. */
export function blockIdFromLabel(label: string): string | null {
  const match = /^(图|表|专栏)\s*([0-9A-Za-z]+)[-.－]([0-9]+)/.exec(label.trim());
  if (!match) return null;
  const prefix = { 图: 'fig', 表: 'tbl', 专栏: 'box' }[match[1] as '图' | '表' | '专栏'];
  return `${prefix}-${match[2].toLowerCase()}-${match[3]}`;
}

/** Paragraph `n` (1-based) of a section: `sec-1-1-1-p2`. Before any heading the chapter's own prefix is used. */
export function paragraphId(sectionId: string, n: number): string {
  return `${sectionId}-p${n}`;
}

export function footnoteId(n: number): string {
  return `fn-${n}`;
}

export function footnoteRefId(n: number, occurrence = 1): string {
  return occurrence === 1 ? `fnref-${n}` : `fnref-${n}-${occurrence}`;
}
