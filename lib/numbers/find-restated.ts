import { halfUlp, type Candidate } from './candidates';
import { magnitudeOf } from './kinds';
import { subjectOf } from './items';
import { quote, type Item, type Relation } from './relation';

/**
 * The same quantity stated twice at different scales: “137853亿元” and “13.79万亿元”. Two tokens are
 * taken for the same quantity only when their units differ by exactly 万 (亿 vs 万亿, 万 vs 亿) and they
 * measure the same subject (网上零售额, 跨境电商进出口额: see subjectOf), of at least four characters.
 */

export function restatedRelations(items: readonly Item[]): Relation[] {
  const relations: Relation[] = [];
  const amounts = items.filter((i) => ['wanyi', 'yi-money', 'yi-count', 'wan-money', 'wan-count'].includes(i.kind));
  const subjects = new Map(amounts.map((i) => [i.index, subjectOf(i)]));
  for (const small of amounts) {
    const ms = magnitudeOf(small.token.unit);
    const subject = subjects.get(small.index)!;
    if (!ms || subject.length < 4) continue;
    for (const big of amounts) {
      const mb = magnitudeOf(big.token.unit);
      if (!mb || mb.base !== ms.base || mb.scale !== ms.scale * 1e4 || subject !== subjects.get(big.index)) continue;
      relations.push({
        kind: 'restated',
        shape: 'predicate',
        members: [small.index, big.index],
        holds: ([s, b]: Candidate[]) => Math.abs(s.value / 1e4 - b.value) <= halfUlp(b) + halfUlp(s) / 1e4 + 1e-9,
        describe: ([s, b]: Candidate[]) =>
          `同一数量在别处以另一单位给出：${quote(small, s)}即${quote(big, b)}，只有这一种小数点位置使两者一致`,
      });
    }
  }
  return relations;
}
