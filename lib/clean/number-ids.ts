import { HeadingWalk, partAnchor, type WalkedHeading } from '../content/anchors';
import type { NumberToken } from '../numbers/types';
import type { CleanBlock, CleanPart } from './clean-part';
import type { Inline } from './normalize-text';

type NumberInline = Extract<Inline, { type: 'number' }>;

/** The printed number a heading block carries, as the id walk reads it (items are `n.`). */
function walkNumber(block: Extract<CleanBlock, { type: 'heading' }>): string {
  return block.level === 4 ? `${block.number}.` : block.number;
}

/** Each block's place in the id walk (lib/content/anchors.ts), in block order; null for non-headings. */
export function walkHeadings(part: CleanPart): (WalkedHeading | null)[] {
  const walk = new HeadingWalk(part.part.spec.slug);
  return part.blocks.map((block) => (block.type === 'heading' ? walk.enter(block.level, walkNumber(block)) : null));
}

/** The section id each block belongs to, in block order (headings belong to themselves). */
export function sectionIds(part: CleanPart, walked: readonly (WalkedHeading | null)[] = walkHeadings(part)): string[] {
  let current = partAnchor(part.part.spec.slug);
  return walked.map((heading) => (current = heading ? heading.section : current));
}

interface Located {
  inline: NumberInline;
  section: string | null;
  table?: NumberToken['table'];
}

/** Every number inline of a part in reading order: blocks first, then footnotes, then unattached notes. */
export function numbersInOrder(part: CleanPart): Located[] {
  const found: Located[] = [];
  const sections = sectionIds(part);
  const take = (inlines: readonly Inline[] | null, section: string | null, table?: NumberToken['table']) => {
    for (const inline of inlines ?? []) if (inline.type === 'number') found.push({ inline, section, table });
  };
  part.blocks.forEach((block, b) => {
    const section = sections[b];
    switch (block.type) {
      case 'heading':
        return take(block.title, section);
      case 'paragraph':
        return take(block.text, section);
      case 'figure':
        take(block.title, section);
        block.chartText.forEach((t) => take(t, section));
        return take(block.source, section);
      case 'box':
        take(block.title, section);
        block.paragraphs.forEach((p) => take(p, section));
        return take(block.source, section);
      case 'table': {
        take(block.title, section);
        const id = block.id;
        block.rows.forEach((row, r) => row.forEach((cell, c) => take(cell, section, { id, row: r + 1, column: c + 1 })));
        return take(block.source, section);
      }
    }
  });
  part.footnotes.forEach((f) => take(f.text, null));
  part.unattached.forEach((u) => take(u.text, null));
  return found;
}

/** Builds the tokens the numbers pass classifies; ids are `num-<slug>-<k>` in reading order. */
export function numberTokens(part: CleanPart): { token: NumberToken; inline: NumberInline }[] {
  const slug = part.part.spec.slug;
  return numbersInOrder(part).map(({ inline, section, table }, k) => ({
    inline,
    token: {
      id: `num-${slug}-${k + 1}`,
      part: slug,
      section,
      raw: inline.found.raw,
      unit: inline.found.unit,
      before: inline.before,
      after: inline.after,
      ...(table ? { table } : {}),
    },
  }));
}
