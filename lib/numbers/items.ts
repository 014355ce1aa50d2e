import { kindOf } from './kinds';
import type { Item } from './relation';
import { applyRules, type RuleResult } from './rules';
import type { NumberToken } from './types';

/**
 * Token context in the shapes the finders need: blocks, sentences, subjects and years. A token's
 * `before`/`after` hold its block's text, or a window of it (the content pipeline passes 60
 * characters each side); either way the block's text is rebuilt by stitching the tokens' views.
 */

/** `after` may or may not start with the unit, depending on the producer; accept both. */
function afterUnit(token: NumberToken): string {
  return token.after.startsWith(token.unit) ? token.after.slice(token.unit.length) : token.after;
}

export function blockText(token: NumberToken): string {
  return `${token.before}${token.raw}${token.unit}${afterUnit(token)}`;
}

/** How much of the text before a token identifies it inside the next token's window. */
const ANCHOR = 12;

/**
 * Where `prev` sits in `next`'s view of the block, or -1 when `next`'s window does not reach back to
 * it (another block, or the same block beyond the producer's context window).
 */
function positionOfPrevious(prev: NumberToken, next: NumberToken): number {
  if (prev.table || next.table || prev.part !== next.part || prev.section !== next.section) return -1;
  const lead = prev.before.slice(-ANCHOR);
  const at = next.before.lastIndexOf(lead + prev.raw);
  return at < 0 ? -1 : at + lead.length;
}

/**
 * Groups tokens into blocks and gives each block one text, stitched from the tokens' views: each
 * token's view is spliced in at the place of the previous token. Works whether the producer gives
 * the whole block or a window around the token, and whether other numbers carry their units.
 */
export function buildItems(tokens: readonly NumberToken[]): { items: Item[]; rules: RuleResult[] } {
  const rules: RuleResult[] = [];
  const items: Item[] = [];
  let group: Item[] = [];
  let text = '';
  const close = () => {
    const last = group[group.length - 1];
    if (!last) return;
    const key = `${last.token.part}\u0000${last.token.table ? `${last.token.table.id}:${last.token.table.row}` : group[0].index}`;
    for (const item of group) Object.assign(item, { text, block: key });
    group = [];
  };
  tokens.forEach((token, index) => {
    const view = blockText(token);
    const prev = group[group.length - 1];
    const at = prev ? positionOfPrevious(prev.token, token) : -1;
    let offset = token.before.length;
    if (prev && at >= 0) {
      // Earlier tokens keep their offsets: only the text from the previous token on is replaced.
      text = text.slice(0, prev.offset) + view.slice(at);
      offset = prev.offset + (token.before.length - at);
    } else {
      close();
      text = view;
    }
    const kind = kindOf(token);
    const rule = applyRules(token, kind);
    rules.push(rule);
    const item: Item = { index, token, kind, domain: rule.domain, block: '', text: '', offset };
    items.push(item);
    group.push(item);
  });
  close();
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
  const text = item.text;
  let start = item.offset;
  while (start > 0 && !SENTENCE_END.test(text[start - 1])) start--;
  let end = item.offset;
  while (end < text.length && !SENTENCE_END.test(text[end])) end++;
  return { start, end, text: text.slice(start, end) };
}

/** The end of a token in its block's text (its unit may or may not be written there). */
export function endOf(item: Item): number {
  const end = item.offset + item.token.raw.length;
  return item.text.startsWith(item.token.unit, end) ? end + item.token.unit.length : end;
}

/** The text between the end of `a` and the start of `b` (same block, a before b). */
export function between(a: Item, b: Item): string {
  return a.text.slice(endOf(a), b.offset);
}

/** Signed reading for rates: "同比下降0.2%" means −0.2 %, whatever the digits say. */
export function signed(item: Item, value: number): number {
  const falling = /(下降|下滑|减少|回落|降低|缩小)(了)?$/.test(item.token.before.slice(-6));
  return falling && value > 0 ? -value : value;
}

/** The sentence text before a list's first member: where 分别为, 排名前三 and the like are said. */
export function clauseOfList(first: Item): string {
  const span = sentenceSpan(first);
  return first.text.slice(span.start, first.offset);
}

const VERB =
  /(稳步上升|持续增长|规模|总额|总量)?[，]?(分别为|分别达到|分别达|达到了|达到|突破|超过|约为|约有|约|共计|合计|累计|实现|达|为|超|近|逾|共|有)$/;
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
  const head = item.text.slice(span.start, item.offset);
  const years = head.match(/20\d\d(?=年)/g);
  // The first year is the one reported on; later ones are comparisons (较2021年12月增长…).
  return years ? years[0] : null;
}
