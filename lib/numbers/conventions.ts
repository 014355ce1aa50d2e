import type { Candidate } from './candidates';
import { KIND_LABEL, type Kind } from './kinds';
import type { Item } from './relation';

/**
 * Chooses the most likely reading of a number the text does not settle, from the report's own habits:
 * 1. a list or table column in which a member is settled prints its members with its decimals;
 * 2. 左右/以上/超过/近/约 next to digits ending in 0 mark a round number (“30%左右” is 30 %);
 * 3. otherwise the decimals most often seen among settled numbers of the same kind (growth rates,
 *    shares, 万亿 amounts …), learned from numbers settled by a relation or by a rule that had a choice.
 * The result is an inference, always shown as such.
 */

export interface Convention {
  /** decimals → how many settled numbers of this kind carry them. */
  counts: Map<number, number>;
  total: number;
}

export function learnConventions(items: readonly Item[], learnable: (item: Item) => boolean): Map<Kind, Convention> {
  const out = new Map<Kind, Convention>();
  for (const item of items) {
    if (item.domain.length !== 1 || !learnable(item)) continue;
    const c = out.get(item.kind) ?? { counts: new Map(), total: 0 };
    const d = item.domain[0].decimals;
    c.counts.set(d, (c.counts.get(d) ?? 0) + 1);
    c.total++;
    out.set(item.kind, c);
  }
  return out;
}

const ROUND_BEFORE = /(超过|超|近|约|逾|突破|大约|接近)$/;
const ROUND_AFTER = /^(左右|以上|余|多|以下|上下)/;

export interface Inference {
  value: Candidate;
  reason: string;
}

export function infer(item: Item, conventions: Map<Kind, Convention>, groupMates: readonly Item[]): Inference {
  const { domain, token } = item;
  const mate = groupMates.find((m) => m !== item && m.domain.length === 1 && m.token.raw.replace('-', '').length > 1);
  const fromMate = mate && domain.find((c) => c.decimals === mate.domain[0].decimals);
  if (mate && fromMate) {
    return { value: fromMate, reason: `同一列举中已确定的${mate.domain[0].text}${mate.token.unit}保留${fromMate.decimals}位小数，按同样位数推断` };
  }
  const afterUnit = token.after.startsWith(token.unit) ? token.after.slice(token.unit.length) : token.after;
  const integer = domain.find((c) => c.decimals === 0);
  if (integer && token.raw.endsWith('0') && (ROUND_BEFORE.test(token.before) || ROUND_AFTER.test(afterUnit))) {
    return { value: integer, reason: '“左右、以上、超过、近、约”等词所修饰的末位为0的数通常是整数' };
  }
  const convention = conventions.get(item.kind);
  const score = (c: Candidate) => convention?.counts.get(c.decimals) ?? 0;
  // Ties go to fewer decimals' neighbour 1: a lone decimal is the most common way the report writes.
  const ranked = [...domain].sort((a, b) => score(b) - score(a) || Math.abs(a.decimals - 1) - Math.abs(b.decimals - 1));
  const best = ranked[0];
  const label = KIND_LABEL[item.kind];
  const reason = convention
    ? `本报告已确定的${label}数字中，${score(best)}/${convention.total}个保留${best.decimals}位小数`
    : `没有可参照的同类已确定数字，按最常见的1位小数推断`;
  return { value: best, reason };
}
