import { halfUlp, type Candidate } from './candidates';
import { byBlock, sentenceSpan } from './items';
import { magnitudeOf } from './kinds';
import { quote, type Item, type Relation } from './relation';

/**
 * Rates over periods. “快递业日均业务量超过3.3亿件，2022年全年快递业务量已突破1000亿件”: a daily figure
 * times the days of the period is about the period's figure, so the period's figure over the daily one
 * is a number of days the period can have (33亿件 a day would make 12000亿件 a year). “处理业务440.04万笔，
 * 金额96.70万亿元，…日均处理业务1.77万笔，金额3883.38亿元”: two daily figures of one year imply the same
 * number of days (CIPS counts its working days), which ties the two pairs' scales to each other.
 * Only figures of one sentence are paired, per unit (笔 with 笔, 元 with 元), in the order they are said.
 */

const AMOUNT = new Set(['wanyi', 'yi-money', 'yi-count', 'wan-money', 'wan-count']);
const DAILY = /(日均|每天|每日)/g;
/** Words that end a daily clause: what follows is a period's figure again. */
const PERIOD_AGAIN = /(全年|累计|\d{4}年|上半年|前三季度)/;

interface Period {
  name: string;
  /** Days the period's figure can cover: a whole year (every day, or about 250 working days). */
  days: [number, number];
}

/** The period the sentence reports on, or null when it names none we can count (a month, a quarter). */
function periodOf(sentence: string): Period | null {
  if (/(季度|\d{1,2}月|月份|月度|周|双十一|“618”|618)/.test(sentence)) return null;
  if (/上半年/.test(sentence)) return { name: '上半年', days: [120, 182] };
  if (/(\d{4}年|全年)/.test(sentence)) return { name: '全年', days: [200, 366] };
  return null;
}

interface Pair {
  total: Item;
  daily: Item;
}

/** True for a number said after 日均/每天 with no period word between them. */
function isDaily(item: Item, sentenceStart: number): boolean {
  const head = item.text.slice(sentenceStart, item.offset);
  const marks = [...head.matchAll(DAILY)];
  const last = marks[marks.length - 1];
  if (!last) return false;
  return !PERIOD_AGAIN.test(head.slice(last.index + last[0].length));
}

/** Daily figures and period figures of one sentence, paired per unit in the order they are said. */
function pairsOf(sentence: Item[], start: number): Pair[] {
  const amounts = sentence.filter((i) => AMOUNT.has(i.kind) && magnitudeOf(i.token.unit));
  const pairs: Pair[] = [];
  const bases = new Set(amounts.map((i) => magnitudeOf(i.token.unit)!.base));
  for (const base of bases) {
    const same = amounts.filter((i) => magnitudeOf(i.token.unit)!.base === base);
    const daily = same.filter((i) => isDaily(i, start));
    const totals = same.filter((i) => !isDaily(i, start));
    // Only an unambiguous pairing: as many daily figures as period figures of the unit.
    if (daily.length === 0 || daily.length !== totals.length) continue;
    daily.forEach((d, k) => pairs.push({ total: totals[k], daily: d }));
  }
  return pairs.sort((a, b) => a.daily.offset - b.daily.offset);
}

/** Days implied by a period figure and a daily figure, with how far their rounding can move it. */
function daysOf(pair: Pair, t: Candidate, d: Candidate): { days: number; slack: number } {
  const scale = magnitudeOf(pair.total.token.unit)!.scale / magnitudeOf(pair.daily.token.unit)!.scale;
  const days = (t.value * scale) / d.value;
  return { days, slack: days * (halfUlp(t) / t.value + halfUlp(d) / d.value) };
}

const round = (x: number) => (x >= 100 ? Math.round(x) : Math.round(x * 10) / 10);

export function periodRateRelations(items: readonly Item[]): Relation[] {
  const relations: Relation[] = [];
  for (const block of byBlock(items)) {
    if (block[0].token.table) continue;
    const sentences = new Map<number, Item[]>();
    for (const item of block) {
      const { start } = sentenceSpan(item);
      sentences.set(start, [...(sentences.get(start) ?? []), item]);
    }
    for (const [start, sentence] of sentences) {
      const period = periodOf(sentenceSpan(sentence[0]).text);
      const pairs = period && pairsOf(sentence, start);
      if (!period || !pairs || pairs.length === 0) continue;
      const [lo, hi] = period.days;
      const days = (values: Candidate[]) => pairs.map((p, k) => daysOf(p, values[2 * k], values[2 * k + 1]));
      relations.push({
        kind: 'period-rate',
        shape: 'predicate',
        members: pairs.flatMap((p) => [p.total.index, p.daily.index]),
        holds: (values) => {
          const found = days(values);
          if (found.some((f) => !(f.days + f.slack >= lo && f.days - f.slack <= hi))) return false;
          return found.every((f) => Math.abs(f.days - found[0].days) <= f.slack + found[0].slack + 0.5);
        },
        describe: (values) => {
          const shown = days(values).map(
            (f, k) => `${quote(pairs[k].total, values[2 * k])} ÷ ${quote(pairs[k].daily, values[2 * k + 1])} ≈ ${round(f.days)}天`,
          );
          return pairs.length === 1
            ? `${period.name}数等于日均数乘以天数，折合天数应在${lo}～${hi}天之间：${shown[0]}，只有这一种小数点位置成立`
            : `同一时期的几个日均数应折合相同的天数（${lo}～${hi}天）：${shown.join('；')}，只有这一种小数点位置成立`;
        },
      });
    }
  }
  return relations;
}
