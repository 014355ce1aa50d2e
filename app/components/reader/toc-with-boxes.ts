import type { TocEntry } from '@/lib/markdown/render';

/** A box (专栏) as the outline lists it: its anchor, its label (专栏5-1) and its caption. */
export interface TocBox {
  id: string;
  number: string;
  caption: string;
}

/** A TOC entry; `box` marks a box's, which is listed (unlike the numbered items that share its level 4). */
export interface ReaderTocEntry extends TocEntry {
  box?: true;
}

/** Whether the TOC lists the entry: sections (levels 2, 3) and boxes, not the numbered items. */
export const isListed = (e: ReaderTocEntry) => e.level === 2 || e.level === 3 || e.box === true;

/**
 * The chapter's TOC with its boxes (专栏) inserted where they stand in the text. The place comes from the
 * rendered HTML itself (where each id occurs), not from the outline's section field: a box inside a
 * section that has subsections may stand before or after them. Entries whose anchor is not in the text
 * (end matter rendered outside it) keep their place after everything that is.
 */
export function tocWithBoxes(toc: readonly TocEntry[], boxes: readonly TocBox[], html: string): ReaderTocEntry[] {
  const at = (id: string) => {
    const i = html.indexOf(`id="${id}"`);
    return i === -1 ? Number.POSITIVE_INFINITY : i;
  };
  const result: ReaderTocEntry[] = [...toc];
  for (const box of boxes) {
    const position = at(box.id);
    if (position === Number.POSITIVE_INFINITY) continue;
    const text = `${box.number} ${box.caption}`;
    // Level 4: below the section it stands in.
    const entry: ReaderTocEntry = { id: box.id, level: 4, text, segments: [{ text }], box: true };
    const before = result.findIndex((e) => at(e.id) > position);
    if (before === -1) result.push(entry);
    else result.splice(before, 0, entry);
  }
  return result;
}
