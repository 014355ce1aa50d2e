import { kindOf } from './kinds';
import type { Item } from './relation';
import { applyRules, type RuleResult } from './rules';
import type { NumberToken } from './types';

/**
 * Token context in the shapes the finders need. `before`/`after` hold the whole block's text, so the
 * block's text (and the token's offset in it) can be rebuilt from any of its tokens.
 */

/** `after` may or may not start with the unit, depending on the producer; accept both. */
function afterUnit(token: NumberToken): string {
  return token.after.startsWith(token.unit) ? token.after.slice(token.unit.length) : token.after;
}

export function blockText(token: NumberToken): string {
  return `${token.before}${token.raw}${token.unit}${afterUnit(token)}`;
}

export function buildItems(tokens: readonly NumberToken[]): { items: Item[]; rules: RuleResult[] } {
  const rules: RuleResult[] = [];
  const items = tokens.map((token, index) => {
    const kind = kindOf(token);
    const rule = applyRules(token, kind);
    rules.push(rule);
    return {
      index,
      token,
      kind,
      domain: rule.domain,
      block: `${token.part}\u0000${token.table ? `${token.table.id}:${token.table.row}` : blockText(token)}`,
      offset: token.before.length,
    };
  });
  return { items, rules };
}

/** Items grouped by block, each group in reading order. */
export function byBlock(items: readonly Item[]): Item[][] {
  const groups = new Map<string, Item[]>();
  for (const item of items) {
    const group = groups.get(item.block);
    if (group) group.push(item);
    else groups.set(item.block, [item]);
  }
  return [...groups.values()];
}

const SENTENCE_END = /[。；！？]/;

/** The sentence around a token: from the previous 。/； to the next one. */
export function sentenceSpan(item: Item): { start: number; end: number; text: string } {
  const text = blockText(item.token);
  let start = item.offset;
  while (start > 0 && !SENTENCE_END.test(text[start - 1])) start--;
  let end = item.offset;
  while (end < text.length && !SENTENCE_END.test(text[end])) end++;
  return { start, end, text: text.slice(start, end) };
}

/** The text between the end of `a` and the start of `b` (same block, a before b). */
export function between(a: Item, b: Item): string {
  const text = blockText(a.token);
  return text.slice(a.offset + a.token.raw.length + a.token.unit.length, b.offset);
}

/** Signed reading for rates: "同比下降0.2%" means −0.2 %, whatever the digits say. */
export function signed(item: Item, value: number): number {
  const falling = /(下降|下滑|减少|回落|降低|缩小)(了)?$/.test(item.token.before.slice(-6));
  return falling && value > 0 ? -value : value;
}

/** The sentence text before a list's first member: where 分别为, 排名前三 and the like are said. */
export function clauseOfList(first: Item): string {
  const span = sentenceSpan(first);
  return blockText(first.token).slice(span.start, first.offset);
}

const VERB = /(稳步上升|持续增长|规模|总额|总量)?[，]?(分别为|分别达到|分别达|达到了|达到|突破|超过|约为|约有|约|共计|合计|累计|实现|达|为|超|近|逾|共|有)$/;
// Digits are already removed when LEAD applies: “2022年” is left as “年”.
const LEAD = /^(其中)?(截至|截止)?(年)?(底|末|全年|上半年|前三季度)?(我国|全国|中国)?/;

/**
 * The subject a number measures: the words between the previous punctuation and the number, without
 * the verb (达, 为 …) or the year and 全国/我国 in front: “2022年，全国网上零售额达13.79万亿元” →
 * “网上零售额”. Two numbers with the same subject (and year) are the same quantity.
 */
export function subjectOf(item: Item): string {
  const before = item.token.before;
  const cut = Math.max(...['，', '。', '；', '、', '：', '（', '）'].map((p) => before.lastIndexOf(p)));
  let s = before.slice(cut + 1).replace(/\d+/g, '');
  for (let previous = ''; previous !== s; ) {
    previous = s;
    s = s.replace(VERB, '').replace(LEAD, '');
  }
  return s;
}

/** The year the sentence of a number speaks of (“截至2021年12月”, “2022年”), if it names one. */
export function yearOf(item: Item): string | null {
  const span = sentenceSpan(item);
  const head = blockText(item.token).slice(span.start, item.offset);
  const years = head.match(/20\d\d(?=年)/g);
  // The first year is the one reported on; later ones are comparisons (较2021年12月增长…).
  return years ? years[0] : null;
}
