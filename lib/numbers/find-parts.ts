import type { Candidate } from './candidates';
import { byBlock } from './items';
import { quote, type Item, type Relation } from './relation';
import { AMOUNT_KINDS, ENDS_WITH_CHANGE } from './lexicon';

/**
 * “…总额A亿元，其中，出口B亿元，进口C亿元”: when a 其中 list names parts of a stated total in the
 * same unit, and there are at least two parts, the parts may add up to the total. A 其中 list that is
 * not exhaustive simply has no solution (a conflict, settling nothing); one that is, settles.
 */

export interface PartsGroup {
  total: Item;
  parts: Item[];
}

/** Every “total …其中 part, part” group of the text. */
export function partsGroups(items: readonly Item[]): PartsGroup[] {
  const groups: PartsGroup[] = [];
  for (const block of byBlock(items)) {
    if (block[0].token.table) continue;
    const text = block[0].text;
    for (const m of text.matchAll(/其中/g)) {
      const at = m.index;
      const end = text.indexOf('。', at);
      const after = block.filter((i) => i.offset > at && (end < 0 || i.offset < end) && AMOUNT_KINDS.has(i.kind));
      if (after.length === 0) continue;
      // The total is the last amount in the parts' unit before 其中, in the sentence just before it.
      const totals = block.filter((i) => i.offset < at && i.token.unit === after[0].token.unit);
      const total = totals[totals.length - 1];
      if (!total) continue;
      const gap = text.slice(total.offset, at);
      if ((gap.match(/[。；]/g) ?? []).length > 1) continue;
      const parts = after.filter((i) => i.token.unit === total.token.unit);
      // 分别 after 其中 ("其中A和B分别为…") still lists parts; 增长 amounts ("增加3万家") are not parts.
      const real = parts.filter((p) => !ENDS_WITH_CHANGE.test(p.token.before.slice(-4)));
      if (real.length >= 2) groups.push({ total, parts: real });
    }
  }
  return groups;
}

export function partsRelations(items: readonly Item[]): Relation[] {
  return partsGroups(items).map(({ total, parts }) => ({
    kind: 'parts-sum' as const,
    shape: 'sum' as const,
    parts: parts.map((p) => p.index),
    total: total.index,
    describe: (values: Candidate[], t: Candidate | number) =>
      `“其中”所列各部分之和等于总数：${values.map((v) => v.text).join(' + ')} ≈ ${typeof t === 'number' ? t : t.text}${total.token.unit}，只有这一种小数点位置成立（${quote(total, typeof t === 'number' ? total.domain[0] : t)}）`,
  }));
}
