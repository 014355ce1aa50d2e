import type { Candidate } from './candidates';
import { KIND_LABEL, type Kind } from './kinds';
import type { Item } from './relation';

/**
 * Chooses the most likely reading of a number the text does not settle, from the report's own habits:
 * 1. a list or table column in which a member is settled prints its members with its decimals;
 * 2. 左右/以上/超过/近/约 next to digits ending in 0 mark a round number (“30%左右” is 30 %), unless
 *    the integer would be an implausible percentage above 100 (“增速均超过19.0%”);
 * 3. two habits of the report's sources (see integerHabit);
 * 4. otherwise the decimals most often seen among numbers of the same kind and digit count settled by
 *    a relation or confirmed, then of the same kind, then the report's default for the kind.
 * Only relation-settled and confirmed numbers teach: a rule settles a number precisely when its
 * decimals were forced (four-digit shares, kept zeros), so those would teach the wrong habit.
 * The result is an inference, always shown as such.
 */

export type Conventions = Map<string, Map<number, number>>;

/** Fallback when nothing settled teaches: growth and most amounts carry one decimal, 万亿 two. */
const DEFAULT_DECIMALS: Partial<Record<Kind, number>> = { wanyi: 2 };

const key = (kind: Kind, digits?: number) => (digits === undefined ? kind : `${kind}:${digits}`);
const digitCount = (item: Item) => item.token.raw.replace('-', '').length;

export function learnConventions(items: readonly Item[], teaches: (item: Item) => boolean): Conventions {
  const out: Conventions = new Map();
  for (const item of items) {
    if (item.domain.length !== 1 || !teaches(item) || item.domain[0].value < 1) continue;
    for (const k of [key(item.kind), key(item.kind, digitCount(item))]) {
      const counts = out.get(k) ?? new Map<number, number>();
      counts.set(item.domain[0].decimals, (counts.get(item.domain[0].decimals) ?? 0) + 1);
      out.set(k, counts);
    }
  }
  return out;
}

const ROUND_BEFORE = /(超过|超|近|约|逾|突破|大约|接近)$/;
const ROUND_AFTER = /^(左右|以上|余|多|以下|上下)/;

export interface Inference {
  value: Candidate;
  reason: string;
}

function total(counts: Map<number, number> | undefined): number {
  return counts ? [...counts.values()].reduce((a, b) => a + b, 0) : 0;
}

const INCREMENT = /较\d{4}年(\d{1,2}月)?(增长|增加|减少)$/;

/**
 * Two habits of the report's sources that no relation checks, so they only ever infer:
 * - a two-digit share or rate standing alone (覆盖率达95%, 占比达45%) is a whole percentage;
 *   the report writes small shares inside lists, whose settled members set their decimals;
 * - a netizen increment (较2021年12月增长3549万, CNNIC style) is a whole number of 万.
 */
function integerHabit(item: Item, integer: Candidate | undefined, mates: readonly Item[]): Inference | null {
  if (!integer) return null;
  const digits = item.token.raw.replace('-', '').length;
  if ((item.kind === 'share' || item.kind === 'percent') && digits === 2 && mates.length === 0) {
    return { value: integer, reason: '单独出现的两位数占比、比率在本报告中多为整数百分比（如“覆盖率达95%”）' };
  }
  if (item.token.unit === '万' && INCREMENT.test(item.token.before)) {
    return { value: integer, reason: '“较某年某月增长…万”的用户增量在本报告中以整数万计' };
  }
  return null;
}

export function infer(item: Item, conventions: Conventions, groupMates: readonly Item[]): Inference {
  const { domain, token } = item;
  const mate = groupMates.find((m) => m !== item && m.domain.length === 1 && m.token.raw.replace('-', '').length > 1);
  const fromMate = mate && domain.find((c) => c.decimals === mate.domain[0].decimals);
  if (mate && fromMate) {
    return { value: fromMate, reason: `同一列举中已确定的${mate.domain[0].text}${mate.token.unit}保留${fromMate.decimals}位小数，按同样位数推断` };
  }
  const afterUnit = token.after.startsWith(token.unit) ? token.after.slice(token.unit.length) : token.after;
  const integer = domain.find((c) => c.decimals === 0);
  const implausible = integer !== undefined && token.unit === '%' && Math.abs(integer.value) > 100;
  if (integer && !implausible && token.raw.endsWith('0') && (ROUND_BEFORE.test(token.before) || ROUND_AFTER.test(afterUnit))) {
    return { value: integer, reason: '“左右、以上、超过、近、约”等词所修饰的末位为0的数通常是整数' };
  }
  const habit = integerHabit(item, integer, groupMates);
  if (habit) return habit;
  const label = KIND_LABEL[item.kind];
  const exact = conventions.get(key(item.kind, digitCount(item)));
  const broad = conventions.get(key(item.kind));
  const fallback = DEFAULT_DECIMALS[item.kind] ?? 1;
  // Same kind and digit count counts most; the kind as a whole breaks ties; the default breaks the rest.
  const score = (c: Candidate) =>
    3 * (exact?.get(c.decimals) ?? 0) + (broad?.get(c.decimals) ?? 0) + (c.decimals === fallback ? 0.5 : 0);
  const best = [...domain].sort((a, b) => score(b) - score(a) || Math.abs(a.decimals - fallback) - Math.abs(b.decimals - fallback))[0];
  const basis = [
    { counts: exact, what: `${digitCount(item)}位数字的${label}` },
    { counts: broad, what: label },
  ].find((b) => (b.counts?.get(best.decimals) ?? 0) > 0);
  const reason = basis
    ? `本报告中由文中关系确定的${basis.what}数字里，${basis.counts!.get(best.decimals)}/${total(basis.counts)}个保留${best.decimals}位小数`
    : `文中没有可参照的同类已确定数字，按本报告${label}通常保留${fallback}位小数推断`;
  return { value: best, reason };
}
