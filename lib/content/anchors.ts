/**
 * Element ids derived from the report's own numbering, never from titles, so links survive rebuilds
 * and retitling. This file is the only place ids are worked out: the content build (outline.json and
 * the numbers' sections), the renderer and search all call it, so a link from any of them lands on the
 * element the others name. Labels and fixed anchors of the report live here too.
 */
import { REPORT_PARTS } from './parts';

export { REPORT_TITLE, REPORT_PUBLISHER } from './parts';

/** The report's numbered block kinds: how the text labels them, their id prefix and outline list. */
export const BLOCK_KINDS = [
  { kind: 'figure', label: '图', prefix: 'fig', list: 'figures' },
  { kind: 'table', label: '表', prefix: 'tbl', list: 'tables' },
  { kind: 'box', label: '专栏', prefix: 'box', list: 'boxes' },
] as const;

export type BlockKind = (typeof BLOCK_KINDS)[number]['kind'];

/** `专栏|图|表`: for regexes that find labels in text (longest first, so 专栏 is never read as 专). */
export const BLOCK_LABEL_PATTERN = [...BLOCK_KINDS]
  .map((k) => k.label)
  .sort((a, b) => b.length - a.length)
  .join('|');

/** The appendices' letters as printed (`A|B|C`), from parts.ts: a part added there is matched everywhere. */
export const APPENDIX_LETTER_PATTERN = REPORT_PARTS.filter((p) => p.kind === 'appendix')
  .map((p) => String(p.number))
  .join('|');

/** The slug of the part a printed chapter number or appendix letter names: `1` → `1`, `A` → `appendix-a`. */
export function slugOfPartNumber(number: string): string | undefined {
  return REPORT_PARTS.find((p) => p.number !== null && String(p.number) === number)?.slug;
}

export function blockKindOfLabel(label: string): (typeof BLOCK_KINDS)[number] | undefined {
  return BLOCK_KINDS.find((k) => k.label === label);
}

/** What the content build writes, and the reader recognises, for a marker whose note the source lost. */
export const LOST_NOTE = '原文此处注释缺失。';

/** The heading id of the “未能定位的注释” list at a chapter's end (notes whose marker the source lost). */
export const UNATTACHED_NOTES_ANCHOR = 'unattached-notes-title';
export const UNATTACHED_NOTES_TITLE = '未能定位的注释';

/** The id of a part's H1: text before the first numbered heading belongs to it. */
export function partAnchor(slug: string): string {
  return `sec-${slug}`;
}

const SECTION_NUMBER = new RegExp(`^(?:${APPENDIX_LETTER_PATTERN})?\\d+(?:\\.\\d+)*$`);
const HEADING_NUMBER = new RegExp(`^((?:${APPENDIX_LETTER_PATTERN})?\\d+(?:\\.\\d+)*\\.?)(?:\\s|$)`);
const BLOCK_LABEL = new RegExp(`^(${BLOCK_LABEL_PATTERN})\\s*([0-9A-Za-z]+)[-.－]([0-9]+)`);
const ITEM_NUMBER = /^(\d+)\.$/;

/** The printed number a heading's visible text starts with: `1.1.1`, `B1.2`, `1.` (an item), or null. */
export function headingNumber(text: string): string | null {
  const match = HEADING_NUMBER.exec(text.trim());
  return match ? match[1] : null;
}

/** `1.1.1 标题` → `sec-1-1-1`; `B1.2 标题` → `sec-b1-2`; anything else → null. */
export function sectionIdFromHeading(text: string): string | null {
  const number = headingNumber(text);
  return number && SECTION_NUMBER.test(number) ? sectionIdFromNumber(number) : null;
}

/** A printed section number → its id: `1.1.1` → `sec-1-1-1`, `B1.2` → `sec-b1-2`. */
export function sectionIdFromNumber(number: string): string {
  return `sec-${number.toLowerCase().replace(/\./g, '-')}`;
}

/** Numbered item `1. 电子支付服务` under section `sec-2-1-2` → `sec-2-1-2-i1`. */
export function itemId(parentId: string, itemNumber: number): string {
  return `${parentId}-i${itemNumber}`;
}

export interface WalkedHeading {
  /** The heading's own id, or null (unnumbered, or a number already used: a duplicate id would make one link lie). */
  id: string | null;
  /** The nearest enclosing numbered heading below the H1, or null. */
  parent: string | null;
  /** Where content after this heading belongs: its id, else the enclosing one's, else the part's. */
  section: string;
}

/**
 * The one walk over a part's headings in reading order. Levels are Markdown depths (1 = the part's
 * H1); `number` is what headingNumber reads, or the printed number the content build knows (`1.1.1`,
 * `B1`, `3.` for the third item). An item (`n.` at depth 4) is numbered under the nearest enclosing
 * numbered section, or under the part itself when none precedes it (`sec-<slug>-i1`).
 */
export class HeadingWalk {
  private readonly stack: { level: number; id: string | null; home: string }[] = [];
  private readonly seen = new Set<string>();

  constructor(readonly slug: string) {}

  enter(level: number, number: string | null): WalkedHeading {
    if (level === 1) {
      this.stack.length = 0;
      return { id: partAnchor(this.slug), parent: null, section: partAnchor(this.slug) };
    }
    while (this.stack.length > 0 && this.stack[this.stack.length - 1].level >= level) this.stack.pop();
    const enclosing = [...this.stack].reverse().find((h) => h.id !== null);
    const home = this.stack.length ? this.stack[this.stack.length - 1].home : partAnchor(this.slug);
    const item = number ? ITEM_NUMBER.exec(number) : null;
    let id: string | null = null;
    if (item && level === 4) id = itemId(this.sectionForItems() ?? partAnchor(this.slug), Number(item[1]));
    else if (number && SECTION_NUMBER.test(number)) id = sectionIdFromNumber(number);
    if (id && this.seen.has(id)) id = null;
    if (id) this.seen.add(id);
    const entry = { level, id, home: id ?? home };
    this.stack.push(entry);
    return { id, parent: enclosing?.id ?? null, section: entry.home };
  }

  /** Items hang off the nearest enclosing heading that is not itself an item. */
  private sectionForItems(): string | null {
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const h = this.stack[i];
      if (h.level < 4) return h.home;
    }
    return null;
  }
}

/** `图1-1` → `fig-1-1`, `表5-1` → `tbl-5-1`, `专栏5-1` → `box-5-1`. */
export function blockIdFromLabel(label: string): string | null {
  const match = BLOCK_LABEL.exec(label.trim());
  if (!match) return null;
  return blockId(blockKindOfLabel(match[1])!.kind, match[2], match[3]);
}

/** A block's id from its kind and printed number parts: (`figure`, `1`, `1`) → `fig-1-1`. */
export function blockId(kind: BlockKind, chapter: string, n: string | number): string {
  const prefix = BLOCK_KINDS.find((k) => k.kind === kind)!.prefix;
  return `${prefix}-${chapter.toLowerCase()}-${n}`;
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
