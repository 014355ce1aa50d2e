/** Small questions the app asks of the outline (its shape is lib/content/format.ts). */
import type { Outline, OutlinePart } from './format';

export type {
  Outline,
  OutlineBlock,
  OutlineFootnote,
  OutlineNote,
  OutlineNumber,
  OutlinePart,
  OutlineSection,
  OutlineTable,
  OutlineUrl,
} from './format';

/** Every figure/table/box id of the report: cross-references are only linked when their target exists. */
export function blockIds(outline: Outline): Set<string> {
  const ids = new Set<string>();
  for (const part of outline.parts) for (const b of [...part.figures, ...part.tables, ...part.boxes]) ids.add(b.id);
  return ids;
}

/** `第1章 …` / `附录A …` / `前言`: the label a part is listed under. */
export function partHeading(part: Pick<OutlinePart, 'heading' | 'title'>): string {
  return part.heading || part.title;
}
