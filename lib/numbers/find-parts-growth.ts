import { halfUlp, type Candidate } from './candidates';
import { between, signed } from './items';
import { partsGroups } from './find-parts';
import { quote, type Item, type Relation } from './relation';

/**
 * “跨境电商进出口2.11万亿元，同比增长9.8%，其中，出口1.55万亿元，同比增长11.7%，进口0.56万亿元，
 * 同比增长4.9%”: last year's total equals the sum of last year's parts, so the total's growth is
 * implied by the parts' values and growth rates. Scaling all rates together almost keeps the
 * relation (growth is nearly linear), but not exactly, and a reading below 1 would have kept its
 * leading zero: often exactly one assignment remains. The parts must also add up to the total.
 */

const GROWTH_LINK = /^[，、]?(同比|比上年|较上年)?(增长|增速|下降|增速为|增长为|同比增长|同比下降)(为|了)?$/;

/** The growth rate stated right after an amount (“2.11万亿元，同比增长9.8%”). */
export function growthOf(amount: Item, items: readonly Item[]): Item | null {
  const next = items[amount.index + 1];
  if (!next || next.block !== amount.block || next.kind !== 'growth') return null;
  return GROWTH_LINK.test(between(amount, next)) ? next : null;
}

/** The range of last year's value, given this year's value and growth as printed (rounded). */
function prior(value: Candidate, growth: Candidate, item: Item): [number, number] {
  const g = signed(item, growth.value);
  const h = halfUlp(value);
  const hg = halfUlp(growth);
  return [(value.value - h) / (1 + (g + hg) / 100), (value.value + h) / (1 + (g - hg) / 100)];
}

export function partsGrowthRelations(items: readonly Item[]): Relation[] {
  const relations: Relation[] = [];
  for (const { total, parts } of partsGroups(items)) {
    const rates = [total, ...parts].map((i) => growthOf(i, items));
    if (rates.some((r) => r === null)) continue;
    const amounts = [total, ...parts];
    const n = amounts.length;
    relations.push({
      kind: 'parts-growth',
      shape: 'predicate',
      members: [...amounts.map((a) => a.index), ...rates.map((r) => r!.index)],
      holds: (values) => {
        const [t, ...ps] = values.slice(0, n);
        const sum = ps.reduce((s, p) => s + p.value, 0);
        const sumTol = ps.reduce((s, p) => s + halfUlp(p), 0) + halfUlp(t);
        if (Math.abs(sum - t.value) > sumTol + 1e-9) return false;
        const [lo, hi] = prior(t, values[n], rates[0]!);
        const partsLo = ps.reduce((s, p, k) => s + prior(p, values[n + 1 + k], rates[k + 1]!)[0], 0);
        const partsHi = ps.reduce((s, p, k) => s + prior(p, values[n + 1 + k], rates[k + 1]!)[1], 0);
        return partsLo <= hi + 1e-9 && lo <= partsHi + 1e-9;
      },
      describe: (values) =>
        `总数的增速须与各部分的数值和增速一致（上年各部分之和等于上年总数）：${amounts
          .map((a, k) => `${quote(a, values[k])}增长${values[n + k].text}%`)
          .join('；')}，只有这一种小数点位置成立`,
    });
  }
  return relations;
}
