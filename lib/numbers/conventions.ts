import type { Candidate } from './candidates';
import { baseUnit, KIND_LABEL, type Kind } from './kinds';
import type { Item } from './relation';

/**
 * How many decimals the report prints, learned from its settled numbers. Every settled number with
 * two or more digits and a reading of 1 or more teaches (a reading below 1 has its decimals fixed by
 * its kept zero). Habits are kept per kind and unit (亿笔 from the central bank, 亿件 from the postal
 * bureau and 亿 of users from CNNIC differ) and per digit count, then per kind for rates and money.
 */
export type Conventions = Map<string, Map<number, number>>;

/** Fallback when nothing settled teaches: growth and most amounts carry one decimal, 万亿 two. */
const DEFAULT_DECIMALS: Partial<Record<Kind, number>> = { wanyi: 2 };
const COUNTS = new Set<Kind>(['yi-count', 'wan-count']);

const digitCount = (item: Item) => item.token.raw.replace('-', '').length;

/** The keys an item teaches and is taught by, most specific first, with their weight and wording. */
/**
 * The unit with the measure word a bare 亿/万 is followed by: “8.45亿，” (users) and “4000亿张”
 * (sheets of paper) must not teach each other.
 */
function unitOf(item: Item): string {
  const unit = baseUnit(item.token.unit);
  if (unit !== '亿' && unit !== '万') return unit;
  const after = item.token.after.startsWith(item.token.unit) ? item.token.after.slice(item.token.unit.length) : item.token.after;
  return /^[\u4e00-\u9fff]/.test(after) ? unit + after[0] : unit;
}

function keys(item: Item): { key: string; weight: number; what: string }[] {
  const unit = unitOf(item);
  const digits = digitCount(item);
  // Table cells are printed to the table's format, not the prose's: they teach and learn apart.
  const scope = item.token.table ? '表中' : '';
  const label = scope + KIND_LABEL[item.kind];
  const kind = scope + item.kind;
  const named = unit === '%' ? label : `以“${unit}”计的数`;
  const out = [
    { key: `${kind}|${unit}|${digits}`, weight: 4, what: `${digits}位数字的${named}` },
    { key: `${kind}|${unit}`, weight: 2, what: named },
  ];
  // Counts of different things (人, 件, 笔) share no habit beyond their unit.
  if (!COUNTS.has(item.kind)) {
    out.push({ key: `${kind}||${digits}`, weight: 1, what: `${digits}位数字的${label}` }, { key: kind, weight: 0.5, what: label });
  }
  return out;
}

export function learnConventions(items: readonly Item[], teaches: (item: Item) => boolean): Conventions {
  const out: Conventions = new Map();
  for (const item of items) {
    if (item.domain.length !== 1 || !teaches(item) || digitCount(item) < 2 || Math.abs(item.domain[0].value) < 1) continue;
    for (const { key } of keys(item)) {
      const counts = out.get(key) ?? new Map<number, number>();
      counts.set(item.domain[0].decimals, (counts.get(item.domain[0].decimals) ?? 0) + 1);
      out.set(key, counts);
    }
  }
  return out;
}

/** The reading the learned habits favour among `domain`, and why in words. */
export function byConvention(
  item: Item,
  domain: readonly Candidate[],
  conventions: Conventions,
): { value: Candidate; reason: string; strength?: number } {
  const fallback = DEFAULT_DECIMALS[item.kind] ?? 1;
  const levels = keys(item).map((k) => ({ ...k, counts: conventions.get(k.key) }));
  const score = (c: Candidate) =>
    levels.reduce((s, l) => s + l.weight * (l.counts?.get(c.decimals) ?? 0), 0) + (c.decimals === fallback ? 0.25 : 0);
  const best = [...domain].sort((a, b) => score(b) - score(a) || Math.abs(a.decimals - fallback) - Math.abs(b.decimals - fallback))[0];
  const basis = levels.find((l) => (l.counts?.get(best.decimals) ?? 0) > 0);
  if (!basis) {
    const usual = `文中没有可参照的同类已确定数字，本报告${KIND_LABEL[item.kind]}通常保留${fallback}位小数`;
    // The caller may have ruled the usual position out (1万 or more of a 万 unit is written in 亿).
    // A habit declared for the kind (万亿 amounts print two decimals in every source the report
    // quotes) is as strong as one every settled number follows, the limit of the rule below; the
    // generic one-decimal fallback counts as nothing seen.
    const strength = best.decimals === fallback && DEFAULT_DECIMALS[item.kind] !== undefined ? 2 : 1;
    return best.decimals === fallback
      ? { value: best, reason: `${usual}，据此推断`, strength }
      : { value: best, reason: `${usual}，但那样读不合本报告的写法，故取${best.decimals}位小数`, strength };
  }
  const all = [...basis.counts!.values()].reduce((a, b) => a + b, 0);
  const agreeing = basis.counts!.get(best.decimals)!;
  // When a relation forces one of two picks to change (harmonize.ts), the better-attested habit
  // stays: its chance of holding by the rule of succession, (k + 1) / (n + 2), so 6/6 (万亿, two
  // decimals) outweighs 4/4 and 13/17.
  return {
    value: best,
    reason: `本报告已确定的${basis.what}中，${agreeing}/${all}个保留${best.decimals}位小数`,
    strength: 1 + (agreeing + 1) / (all + 2),
  };
}
