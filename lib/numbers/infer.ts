import type { Candidate } from './candidates';
import { byConvention, type Conventions } from './conventions';
import type { Item } from './relation';
import { AMOUNT_KINDS } from './lexicon';

/**
 * Chooses the most likely reading of a number the text does not settle, from the report's own habits,
 * in this order:
 * 1. a list or table column in which a member is settled prints its members with its decimals;
 * 2. 左右/以上/超过/近/约 next to digits ending in 0 mark a round number (“30%左右” is 30 %), unless
 *    the integer would be an implausible percentage above 100 (“增速均超过19.0%”);
 * 3. two habits of the report's sources (see integerHabit);
 * 4. a settled number of the same kind in the same paragraph (one paragraph quotes one source);
 * 5. the decimals the report's settled numbers of the same kind and unit carry (conventions.ts),
 *    among the readings the report usually writes (see usualReading).
 * The result is an inference, always shown as such.
 */
export interface Inference {
  value: Candidate;
  reason: string;
  /** How much the habit behind it counts when relations force a choice (harmonize.ts). */
  strength?: number;
}

const ROUND_BEFORE = /(超过|超|近|约|逾|突破|大约|接近|高达)了?$/;
const ROUND_AFTER = /^(左右|以上|余|多|以下|上下)/;
const INCREMENT = /较\d{4}年(\d{1,2}月)?(增长|增加|减少)$/;

const digits = (item: Item) => item.token.raw.replace('-', '').length;
const settledMate = (m: Item) => m.domain.length === 1 && digits(m) > 1;

function fromMates(item: Item, mates: readonly Item[]): Inference | null {
  const mate = mates.find((m) => m !== item && settledMate(m));
  const value = mate && item.domain.find((c) => c.decimals === mate.domain[0].decimals);
  return mate && value
    ? { value, reason: `同一列举中已确定的${mate.domain[0].text}${mate.token.unit}保留${value.decimals}位小数，按同样位数推断` }
    : null;
}

function roundNumber(item: Item, integer: Candidate | undefined): Inference | null {
  const { token } = item;
  const after = token.after.startsWith(token.unit) ? token.after.slice(token.unit.length) : token.after;
  if (!integer || (token.unit === '%' && Math.abs(integer.value) > 100) || !token.raw.endsWith('0')) return null;
  if (!ROUND_BEFORE.test(token.before) && !ROUND_AFTER.test(after)) return null;
  return { value: integer, reason: '“左右、以上、超过、近、约、高达”等词所修饰的末位为0的数通常是整数' };
}

/**
 * Two habits of the report's sources that no relation checks, so they only ever infer:
 * - a two-digit share or rate standing alone (覆盖率达95%, 占比达45%) is a whole percentage;
 *   the report writes small shares inside lists, whose settled members set their decimals;
 * - a netizen increment (较2021年12月增长3549万, CNNIC style) is a whole number of 万.
 */
function integerHabit(item: Item, integer: Candidate | undefined, mates: readonly Item[]): Inference | null {
  if (!integer) return null;
  if ((item.kind === 'share' || item.kind === 'percent') && digits(item) === 2 && mates.length === 0) {
    return { value: integer, reason: '单独出现的两位数占比、比率在本报告中多为整数百分比（如“覆盖率达95%”）' };
  }
  if (item.token.unit === '万' && INCREMENT.test(item.token.before)) {
    return { value: integer, reason: '“较某年某月增长…万”的用户增量在本报告中以整数万计' };
  }
  return null;
}

/**
 * The nearest settled number of the same kind in the same paragraph, with the same digit count or a
 * kept zero: a four-digit share is settled with two decimals by the 100 % bound alone, which says
 * nothing of the three-digit share beside it; 0.15 % shows the source prints two decimals.
 */
function neighbour(item: Item, paragraph: readonly Item[]): Inference | null {
  if (item.token.table) return null;
  const near = paragraph
    .filter((m) => m !== item && m.kind === item.kind && settledMate(m) && (digits(m) === digits(item) || Math.abs(m.domain[0].value) < 1))
    .sort((a, b) => Math.abs(a.index - item.index) - Math.abs(b.index - item.index))[0];
  const value = near && item.domain.find((c) => c.decimals === near.domain[0].decimals);
  return near && value
    ? { value, reason: `同一段中已确定的同类数字${near.domain[0].text}${near.token.unit}保留${value.decimals}位小数，按同样位数推断` }
    : null;
}

/**
 * Readings the report does not write when another is possible: growth above 100 % (31.68 %,
 * not 316.8 %; a doubling, 100 %, is common), 10000 or more of a 万 unit, and amounts with a trailing zero after the point (60万个,
 * not 60.0万个; 万亿 amounts, which always print two decimals, keep theirs because every reading of
 * 2.50 ends in 0).
 */
function usualReading(item: Item, c: Candidate): boolean {
  if (item.kind === 'growth') return Math.abs(c.value) <= 100;
  if (!AMOUNT_KINDS.has(item.kind)) return true;
  // 10000万 is 1亿: a count that large is written in 亿 (2448.07万家, not 24480.7万家).
  if (/^万(?!亿)/.test(item.token.unit) && c.value >= 10000) return false;
  return c.decimals === 0 || !c.text.endsWith('0');
}

export function infer(item: Item, conventions: Conventions, mates: readonly Item[], paragraph: readonly Item[] = []): Inference {
  const integer = item.domain.find((c) => c.decimals === 0);
  // Habits tied to this very number's wording outweigh the report-wide statistics.
  const habit = fromMates(item, mates) ?? roundNumber(item, integer) ?? integerHabit(item, integer, mates) ?? neighbour(item, paragraph);
  if (habit) return { ...habit, strength: 2.5 };
  const usual = item.domain.filter((c) => usualReading(item, c));
  return byConvention(item, usual.length > 0 ? usual : item.domain, conventions);
}
