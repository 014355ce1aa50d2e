import type { Candidate } from './candidates';
import { sentenceSpan, subjectOf } from './items';
import { magnitudeOf } from './kinds';
import type { Item } from './relation';
import type { NumberReading } from './types';

/**
 * A last look at every inferred reading: does it make sense for what it measures? The habits in
 * infer.ts know the report's print format, not the world. Checks, each a fact anyone can re-check:
 * - a fall cannot exceed 100 % (降低、下降、减少 120 % is impossible);
 * - a growth rate agrees with the words around it: 翻番 / 翻一番 is about +100 %, 成倍 / 倍增 at
 *   least +100 %, 大幅 at least 10 %, 小幅 / 略有 / 微 under 10 %;
 * - an amount per parcel (快递业务收入 over 快递业务量 in one paragraph) lies between 1 and 50 元;
 * - one company's, platform's or park's figure cannot exceed the national figure of the same measure.
 * A reading that fails is re-chosen among the number's other readings when one passes (still
 * `inferred`, the reason says why); when none does, it is kept and reported (relation `implausible`).
 * Pure: readings in, readings and findings out.
 */
export interface PlausibilityFinding {
  index: number;
  id: string;
  /** The reading that failed and, when one passed, the reading chosen instead. */
  from: string;
  to?: string;
  why: string;
}

interface Check {
  /** The numbers a check is about (this one, or this one and others of its sentence). */
  applies: (item: Item, items: readonly Item[]) => boolean;
  /** Why the reading fails, or null when it passes. `value` reads other numbers as they stand. */
  fails: (item: Item, c: Candidate, value: (other: Item) => Candidate | undefined, items: readonly Item[]) => string | null;
}

const FALL = /(降低|下降|减少|下滑|回落|缩减|减排)(了)?(约|近|超过)?$/;
const DOUBLE = /(翻番|翻一番|翻了一番)/;
const MULTIPLE = /(成倍|倍增)/;
const LARGE = /大幅(度)?(增长|提升|提高|上升|增加)/;
const SMALL = /(小幅|略有|微幅|微)(增长|提升|提高|上升|增加|下降|回落)/;
const COMPANY = /(某|企业|公司|平台|园区|基地|门店|集团)/;
const NATIONAL = /(全国|我国|中国)/;
const MEASURES = ['电子商务交易额', '网上零售额', '网络零售额', '进出口额', '交易额', '营业收入', '销售额', '快递业务量'];

const heads = new WeakMap<Item, { head: string; after: string }>();

/** The sentence of a number, up to it and from it on (cached: the checks ask for it often). */
function sentenceOf(item: Item): { head: string; after: string } {
  let found = heads.get(item);
  if (!found) {
    const span = sentenceSpan(item);
    found = { head: item.text.slice(span.start, item.offset), after: item.text.slice(item.offset, span.end) };
    heads.set(item, found);
  }
  return found;
}

/** The clause a number sits in, up to it: “…人工成本降低”. */
function clauseBefore(item: Item): string {
  const { head } = sentenceOf(item);
  return head.slice(Math.max(head.lastIndexOf('，'), head.lastIndexOf('：')) + 1);
}

/**
 * The words of a growth rate's own clause (“同比大幅增长…%，” but not the next clause's “…大幅度提升”,
 * which speaks of another number: “与2021年的4.7%相比，2022年的全球通胀率大幅度提升”).
 */
function around(item: Item): string {
  return clauseBefore(item) + sentenceOf(item).after.split(/[，：]/)[0];
}

const scaled = (item: Item, c: Candidate) => c.value * (magnitudeOf(item.token.unit)?.scale ?? 1);

const CHECKS: Check[] = [
  {
    applies: (item) => item.token.unit === '%' && FALL.test(item.token.before),
    fails: (_item, c) => (Math.abs(c.value) > 100 ? `减少、下降不能超过100%，${c.text}%不可能` : null),
  },
  {
    applies: (item) => item.kind === 'growth' && (DOUBLE.test(around(item)) || MULTIPLE.test(around(item))),
    fails: (item, c) => {
      const words = around(item);
      if (DOUBLE.test(words) && (c.value < 80 || c.value > 130)) return `文中说“翻番”，增速应在100%左右，${c.text}%不符`;
      if (MULTIPLE.test(words) && c.value < 100) return `文中说“成倍”增长，增速应不低于100%，${c.text}%不符`;
      return null;
    },
  },
  {
    applies: (item) => item.kind === 'growth' && (LARGE.test(around(item)) || SMALL.test(around(item))),
    fails: (item, c) => {
      const words = around(item);
      if (LARGE.test(words) && Math.abs(c.value) < 10) return `文中说“大幅”变化，${c.text}%过小`;
      if (SMALL.test(words) && Math.abs(c.value) >= 10) return `文中说“小幅、略有”变化，${c.text}%过大`;
      return null;
    },
  },
  {
    // 2022: 10566.7亿元 over 1105.8亿件 is 9.55元 a parcel; no year of the report is far from that.
    applies: (item, items) => parcelPair(item, items) !== null,
    fails: (item, c, value, items) => {
      const pair = parcelPair(item, items)!;
      const other = value(pair.other);
      if (!other) return null;
      const [money, count] = pair.isMoney ? [scaled(item, c), scaled(pair.other, other)] : [scaled(pair.other, other), scaled(item, c)];
      const perParcel = money / count;
      return perParcel < 1 || perParcel > 50 ? `快递业务收入除以业务量为每件${perParcel.toFixed(2)}元，不在1～50元之间` : null;
    },
  },
  {
    applies: (item, items) => companyMeasure(item) !== null && nationalOf(item, items).length > 0,
    fails: (item, c, value, items) => {
      const national = nationalOf(item, items)
        .map((n) => ({ n, v: value(n) }))
        .filter((x): x is { n: Item; v: Candidate } => x.v !== undefined);
      const top = national.sort((a, b) => scaled(b.n, b.v) - scaled(a.n, a.v))[0];
      if (!top || scaled(item, c) <= scaled(top.n, top.v)) return null;
      return `单个企业、平台或园区的${companyMeasure(item)}${c.text}${item.token.unit}超过了全国的${top.v.text}${top.n.token.unit}`;
    },
  },
];

function parcelPair(item: Item, items: readonly Item[]): { other: Item; isMoney: boolean } | null {
  const isMoney = item.token.unit === '亿元' && /快递(业务)?收入[^，。；]{0,6}$/.test(item.token.before);
  const isCount = item.token.unit === '亿件' && /快递(业务)?量[^，。；]{0,6}$/.test(item.token.before);
  if (!isMoney && !isCount) return null;
  const other = items.find(
    (o) =>
      o !== item &&
      o.block === item.block &&
      (isMoney
        ? o.token.unit === '亿件' && /快递(业务)?量[^，。；]{0,6}$/.test(o.token.before)
        : o.token.unit === '亿元' && /快递(业务)?收入[^，。；]{0,6}$/.test(o.token.before)),
  );
  return other ? { other, isMoney } : null;
}

function companyMeasure(item: Item): string | null {
  if (magnitudeOf(item.token.unit)?.base !== '元') return null;
  const { head } = sentenceOf(item);
  if (!COMPANY.test(head) || NATIONAL.test(head)) return null;
  const subject = subjectOf(item);
  return MEASURES.find((m) => subject.endsWith(m)) ?? null;
}

const nationals = new WeakMap<readonly Item[], Item[]>();

/** Amounts in 元 said of the whole country (全国, 我国), not of a company: computed once per report. */
function nationalFigures(items: readonly Item[]): Item[] {
  let found = nationals.get(items);
  if (!found) {
    found = items.filter((n) => {
      if (magnitudeOf(n.token.unit)?.base !== '元' || n.token.table) return false;
      const { head } = sentenceOf(n);
      return NATIONAL.test(head) && !COMPANY.test(head);
    });
    nationals.set(items, found);
  }
  return found;
}

/** National figures of the same measure: “全国电子商务交易额达43.83万亿元”. */
function nationalOf(item: Item, items: readonly Item[]): Item[] {
  const measure = companyMeasure(item);
  if (!measure) return [];
  return nationalFigures(items).filter((n) => n !== item && subjectOf(n).endsWith(measure));
}

export function checkPlausibility(
  items: readonly Item[],
  readings: readonly NumberReading[],
): { readings: NumberReading[]; findings: PlausibilityFinding[] } {
  const out = [...readings];
  const findings: PlausibilityFinding[] = [];
  const current = (other: Item) => other.domain.find((c) => c.text === out[other.index].value);
  items.forEach((item, i) => {
    const reading = out[i];
    if (reading.status !== 'inferred' || reading.relation === 'review') return;
    const checks = CHECKS.filter((check) => check.applies(item, items));
    if (checks.length === 0) return;
    const why = (c: Candidate) => checks.map((check) => check.fails(item, c, current, items)).find((w) => w !== null) ?? null;
    const now = current(item);
    const failure = now && why(now);
    if (!now || !failure) return;
    // The passing reading nearest to the habit's pick: the smallest shift of the decimal point.
    const passing = item.domain
      .filter((c) => c !== now && why(c) === null)
      .sort((a, b) => Math.abs(a.decimals - now.decimals) - Math.abs(b.decimals - now.decimals))[0];
    if (passing) {
      out[i] = {
        ...reading,
        value: passing.text,
        reason: `${reading.reason}；合理性检查：${failure}，故改读为${passing.text}`,
        relation: 'plausibility',
      };
      findings.push({ index: i, id: reading.id, from: now.text, to: passing.text, why: failure });
    } else {
      out[i] = {
        ...reading,
        reason: `${reading.reason}；合理性检查未通过：${failure}，且没有其他读法能通过，待审校`,
        relation: 'implausible',
      };
      findings.push({ index: i, id: reading.id, from: now.text, why: failure });
    }
  });
  return { readings: out, findings };
}
