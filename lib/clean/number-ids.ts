import { itemId, sectionIdFromNumber } from '../content/anchors';
import type { NumberToken } from '../numbers/types';
import type { CleanBlock, CleanPart } from './clean-part';
import type { Inline } from './normalize-text';

type NumberInline = Extract<Inline, { type: 'number' }>;

/** The section id each block belongs to, in block order (headings belong to themselves). */
export function sectionIds(blocks: readonly CleanBlock[]): (string | null)[] {
  let h2: string | null = null;
  let h3: string | null = null;
  let current: string | null = null;
  return blocks.map((block) => {
    if (block.type === 'heading') {
      if (block.level === 4) current = itemId(h3 ?? h2 ?? 'sec', Number(block.number));
      else {
        current = sectionIdFromNumber(block.number);
        if (block.level === 2) h2 = current;
        h3 = block.level === 3 ? current : null;
      }
    }
    return current;
  });
}

interface Located {
  inline: NumberInline;
  section: string | null;
  table?: NumberToken['table'];
}

/** Every number inline of a part in reading order: blocks first, then footnotes, then unattached notes. */
export function numbersInOrder(part: CleanPart): Located[] {
  const found: Located[] = [];
  const sections = sectionIds(part.blocks);
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
