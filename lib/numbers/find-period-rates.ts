import { halfUlp, type Candidate } from './candidates';
import { byBlock, endOf, sentenceSpan } from './items';
import { magnitudeOf } from './kinds';
import { quote, type Item, type Relation } from './relation';
import { AMOUNT_KINDS } from './lexicon';

/**
 * Rates over periods. “快递业日均业务量超过3.3亿件，2022年全年快递业务量已突破1000亿件”: a daily figure
 * times the days of the period is about the period's figure, so the period's figure over the daily one
 * is a number of days the period can have (33亿件 a day would make 12000亿件 a year). “处理业务440.04万笔，
 * 金额96.70万亿元，…日均处理业务1.77万笔，金额3883.38亿元”: two daily figures of one year imply the same
 * number of days (CIPS counts its working days), which ties the two pairs' scales to each other.
 * Only figures of one sentence are paired, per unit (笔 with 笔, 元 with 元), in the order they are said.
 */

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

/** What a figure counts: its unit's base (件 of 亿件), or the measure word after a bare 亿 (“1亿多件”). */
function measureOf(item: Item): string | null {
  // The producer may or may not have caught the 多 of “1亿多件” with the unit.
  const base = magnitudeOf(item.token.unit)?.base.replace(/^(多|余)/, '');
  if (base === undefined) return null;
  if (base !== '') return base;
  const after = item.text.slice(endOf(item));
  return /^(多|余)?([件笔单元次个张吨])/.exec(after)?.[2] ?? null;
}

/**
 * How far above its printed value a figure can be: “超过3.3亿件”, “突破1000亿件”, “1亿多件” state a level
 * the truth passes, by less than half as much again (a report rounds down to a level, not to a third
 * of it); other figures are as printed, up to rounding.
 */
function headroom(item: Item): number {
  const after = item.text.slice(endOf(item));
  const caught = /(多|余)$/.test(item.token.unit);
  return caught || /(超过|超|突破|逾|多于|高于)$/.test(item.token.before) || /^(多|余|以上)/.test(after) ? 1.5 : 1;
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
  const amounts = sentence.filter((i) => AMOUNT_KINDS.has(i.kind) && measureOf(i));
  const pairs: Pair[] = [];
  const bases = new Set(amounts.map(measureOf));
  for (const base of bases) {
    const same = amounts.filter((i) => measureOf(i) === base);
    const daily = same.filter((i) => isDaily(i, start));
    const totals = same.filter((i) => !isDaily(i, start));
    // Only an unambiguous pairing: as many daily figures as period figures of the unit.
    if (daily.length === 0 || daily.length !== totals.length) continue;
    daily.forEach((d, k) => pairs.push({ total: totals[k], daily: d }));
  }
  return pairs.sort((a, b) => a.daily.offset - b.daily.offset);
}

/**
 * Days implied by a period figure and a daily figure: as printed, and the range the true figures
 * allow (their rounding, and the headroom of a level such as “超过3.3亿件”).
 */
function daysOf(pair: Pair, t: Candidate, d: Candidate): { days: number; slack: number; low: number; high: number } {
  const scale = magnitudeOf(pair.total.token.unit)!.scale / magnitudeOf(pair.daily.token.unit)!.scale;
  const days = (t.value * scale) / d.value;
  const slack = days * (halfUlp(t) / t.value + halfUlp(d) / d.value);
  const low = ((t.value - halfUlp(t)) * scale) / ((d.value + halfUlp(d)) * headroom(pair.daily));
  const high = ((t.value + halfUlp(t)) * scale * headroom(pair.total)) / (d.value - halfUlp(d));
  return { days, slack, low, high };
}

const round = (x: number) => (x >= 100 ? Math.round(x) : Math.round(x * 10) / 10);

function relationOf(period: Period, pairs: Pair[]): Relation {
  const [lo, hi] = period.days;
  const days = (values: Candidate[]) => pairs.map((p, k) => daysOf(p, values[2 * k], values[2 * k + 1]));
  return {
    kind: 'period-rate',
    shape: 'predicate',
    members: pairs.flatMap((p) => [p.total.index, p.daily.index]),
    holds: (values) => {
      const found = days(values);
      // Every pair's days can be the period's, and all pairs can share one number of days.
      const low = Math.max(lo, ...found.map((f) => f.low));
      const high = Math.min(hi, ...found.map((f) => f.high));
      return low <= high + 0.5;
    },
    describe: (values) => {
      const shown = days(values).map(
        (f, k) => `${quote(pairs[k].total, values[2 * k])} ÷ ${quote(pairs[k].daily, values[2 * k + 1])} ≈ ${round(f.days)}天`,
      );
      return pairs.length === 1
        ? `${period.name}数等于日均数乘以天数，折合天数应在${lo}～${hi}天之间：${shown[0]}，只有这一种小数点位置成立`
        : `同一时期的几个日均数应折合相同的天数（${lo}～${hi}天）：${shown.join('；')}，只有这一种小数点位置成立`;
    },
  };
}

/** Two-character words of a text, for “do these two sentences speak of the same thing”. */
function words(text: string): Set<string> {
  const out = new Set<string>();
  const plain = text.replace(/[^\u4e00-\u9fff]/g, ' ');
  for (let k = 0; k + 1 < plain.length; k++) if (plain[k] !== ' ' && plain[k + 1] !== ' ') out.add(plain.slice(k, k + 2));
  return out;
}

const GENERIC = new Set(['我国', '全国', '地区', '同比', '其中', '累计', '日均', '每天', '每日']);

/**
 * “每天，农村地区有超过1亿多件包裹进出。2022年上半年，我国农村地区揽收和投递快递包裹总量219亿件”: a daily
 * figure alone in its sentence pairs with the one period figure of its measure in the next (or the
 * previous) sentence of the paragraph, when the two share a word (农村, 包裹) beyond the generic ones.
 */
function acrossSentences(sentences: Item[][], k: number): { period: Period; pair: Pair }[] {
  const sentence = sentences[k];
  const start = sentenceSpan(sentence[0]).start;
  const out: { period: Period; pair: Pair }[] = [];
  for (const daily of sentence.filter((i) => AMOUNT_KINDS.has(i.kind) && measureOf(i) && isDaily(i, start))) {
    const measure = measureOf(daily);
    if (sentence.some((i) => i !== daily && measureOf(i) === measure && !isDaily(i, start))) continue;
    for (const other of [sentences[k + 1], sentences[k - 1]]) {
      if (!other) continue;
      const otherSpan = sentenceSpan(other[0]);
      const own = sentenceSpan(daily);
      // Only the sentence right next to it: nothing but the sentence end between them.
      if (otherSpan.start > own.end + 1 || otherSpan.end + 1 < own.start) continue;
      const totals = other.filter((i) => AMOUNT_KINDS.has(i.kind) && measureOf(i) === measure && !isDaily(i, otherSpan.start));
      const period = periodOf(otherSpan.text);
      if (totals.length !== 1 || !period || other.some((i) => isDaily(i, otherSpan.start))) continue;
      const shared = [...words(sentenceSpan(daily).text)].filter((w) => !GENERIC.has(w) && words(otherSpan.text).has(w));
      if (shared.length === 0) continue;
      out.push({ period, pair: { total: totals[0], daily } });
      break;
    }
  }
  return out;
}

export function periodRateRelations(items: readonly Item[]): Relation[] {
  const relations: Relation[] = [];
  for (const block of byBlock(items)) {
    if (block[0].token.table) continue;
    const bySentence = new Map<number, Item[]>();
    for (const item of block) {
      const { start } = sentenceSpan(item);
      bySentence.set(start, [...(bySentence.get(start) ?? []), item]);
    }
    const sentences = [...bySentence.values()];
    sentences.forEach((sentence, k) => {
      const start = sentenceSpan(sentence[0]).start;
      const period = periodOf(sentenceSpan(sentence[0]).text);
      const pairs = period ? pairsOf(sentence, start) : [];
      if (period && pairs.length > 0) relations.push(relationOf(period, pairs));
      for (const { period: p, pair } of acrossSentences(sentences, k)) relations.push(relationOf(p, [pair]));
    });
  }
  return relations;
}
