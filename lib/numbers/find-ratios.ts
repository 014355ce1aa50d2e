import { halfUlp, type Candidate } from './candidates';
import { sentenceSpan, subjectOf, yearOf } from './items';
import { magnitudeOf } from './kinds';
import { quote, type Item, type Relation } from './relation';
import { AMOUNT_KINDS, ENDS_WITH_CHANGE } from './lexicon';

/**
 * “实物商品网上零售额11.96万亿元，…占社会消费品零售总额的比重为27.2%”: the share equals the part over
 * the whole, where the whole (社会消费品零售总额) is stated elsewhere, possibly in another chapter. The
 * whole is looked up by the phrase between 占 and 的/比重; the lookup must find one quantity only
 * (restatements of the same digits count once), and the phrase must be specific (≥ 4 characters).
 */

function denominatorPhrase(share: Item): string | null {
  const span = sentenceSpan(share);
  const head = share.text.slice(span.start, share.offset);
  const m = /占([^，。；、占]{4,16}?)(的比重|的比例|的份额|比重|比例|份额|的)(分别)?(为|达到|达)?$/.exec(head);
  return m ? core(m[1].replace(/^(全部|整个|同期|全国|我国)/, '')) : null;
}

/** “网民整体” and “网民规模” name the same whole. */
function core(phrase: string): string {
  return phrase.replace(/(整体|总体|总量|总额|规模|总数)$/, '');
}

/** The numerator: the last amount before the share in the same sentence (not a 增长319万 increment). */
function numerator(share: Item, items: readonly Item[]): Item | null {
  const span = sentenceSpan(share);
  const candidates = items.filter(
    (i) =>
      i.block === share.block &&
      i.offset >= span.start &&
      i.offset < share.offset &&
      AMOUNT_KINDS.has(i.kind) &&
      !ENDS_WITH_CHANGE.test(i.token.before),
  );
  return candidates[candidates.length - 1] ?? null;
}

export function ratioRelations(items: readonly Item[]): Relation[] {
  const relations: Relation[] = [];
  for (const share of items) {
    if (share.kind !== 'share') continue;
    const phrase = denominatorPhrase(share);
    const part = phrase && numerator(share, items);
    if (!phrase || !part) continue;
    const mp = magnitudeOf(part.token.unit)!;
    const wholes = items.filter((i) => {
      const m = magnitudeOf(i.token.unit);
      if (i === part || !AMOUNT_KINDS.has(i.kind) || m?.base !== mp.base) return false;
      const subject = subjectOf(i);
      return subject === phrase || core(subject) === phrase;
    });
    const distinct = new Set(wholes.map((w) => `${w.token.raw}${w.token.unit}`));
    if (distinct.size !== 1) continue;
    const whole = wholes[0];
    // 2021 users over 2022 netizens is not the stated share: both must be of the same year.
    const years = [yearOf(share), yearOf(whole)];
    if (years[0] && years[1] && years[0] !== years[1]) continue;
    const scale = mp.scale / magnitudeOf(whole.token.unit)!.scale;
    relations.push({
      kind: 'ratio',
      shape: 'predicate',
      members: [part.index, whole.index, share.index],
      holds: ([p, w, s]: Candidate[]) => {
        const ratio = ((p.value * scale) / w.value) * 100;
        // Rounding of the part and the whole moves the ratio by up to its relative errors.
        const slack = ratio * (halfUlp(p) / p.value + halfUlp(w) / w.value);
        return Math.abs(ratio - s.value) <= halfUlp(s) + slack + 1e-9;
      },
      describe: ([p, w, s]: Candidate[]) =>
        `占比等于部分除以整体：${quote(part, p)} ÷ ${quote(whole, w)} ≈ ${s.text}%，只有这一种小数点位置成立`,
    });
  }
  return relations;
}
