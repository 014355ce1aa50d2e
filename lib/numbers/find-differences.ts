import { halfUlp, type Candidate } from './candidates';
import { sentenceSpan, signed } from './items';
import { quote, type Item, type Relation } from './relation';

/**
 * “同比增长6.2%，高出社会消费品零售总额增速6.4个百分点”: a 个百分点 gap equals the difference of two
 * rates. The other rate is looked up by the phrase between 高出/低于 and 增速 (it may be stated in
 * another chapter); the lookup must find exactly one rate.
 */

function comparedPhrase(pp: Item): string | null {
  const span = sentenceSpan(pp);
  const head = pp.text.slice(span.start, pp.offset);
  const m = /(高出|高于|低于|快于|慢于)([^，。；]{4,16}?)(的)?(增速|增幅|增长率)$/.exec(head);
  return m ? m[2] : null;
}

export function differenceRelations(items: readonly Item[]): Relation[] {
  const relations: Relation[] = [];
  for (const pp of items) {
    if (pp.kind !== 'pp') continue;
    const phrase = comparedPhrase(pp);
    if (!phrase) continue;
    const span = sentenceSpan(pp);
    const own = items.filter((i) => i.block === pp.block && i.kind === 'growth' && i.offset >= span.start && i.offset < pp.offset);
    const rate = own[own.length - 1];
    const others = items.filter(
      (i) => i.kind === 'growth' && i.block !== pp.block && i.token.before.slice(-phrase.length - 14).includes(phrase),
    );
    const distinct = new Set(others.map((o) => `${signed(o, 1)}${o.token.raw}`));
    if (!rate || distinct.size !== 1) continue;
    const other = others[0];
    const lower = /低于|慢于/.test(pp.text.slice(span.start, pp.offset));
    relations.push({
      kind: 'pp-difference',
      shape: 'predicate',
      members: [rate.index, other.index, pp.index],
      holds: ([a, b, d]: Candidate[]) => {
        const gap = (signed(rate, a.value) - signed(other, b.value)) * (lower ? -1 : 1);
        return Math.abs(gap - d.value) <= halfUlp(a) + halfUlp(b) + halfUlp(d) + 1e-9;
      },
      describe: ([a, b, d]: Candidate[]) =>
        `百分点差等于两个增速之差：${quote(rate, a)}与${quote(other, b)}相差${d.text}个百分点，只有这一种小数点位置成立`,
    });
  }
  return relations;
}
