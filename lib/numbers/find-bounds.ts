import { findLists } from './find-lists';
import { between, clauseOfList, sentenceSpan, yearOf } from './items';
import { quote, type Item, type Relation } from './relation';

/**
 * A floor or ceiling stated for a group bounds each member wherever the member is stated.
 * - Bound, then its members: “东南亚和拉美是仅有的电子商务增速超过20%的地区，分别达到26.2%和20.4%”.
 * - Named members, stated elsewhere: chapter 1 says “滋补食品、奶类、粮油、肉禽蛋和调味品五种品类同比增速
 *   超过10.0%”, chapter 4 lists “滋补食品、奶类和粮油，同比增速分别为28.8%、23.6%和15%”: each of those
 *   three is above the floor, in whichever chapter. Members are found by name in the head of a 分别 list
 *   of the same kind (growth with growth), the names next to each other in the list's order.
 * Such a bound rarely settles a number alone (both 2.0 % and 20 % bound something), but it keeps
 * inferred readings consistent (see harmonize.ts).
 */
const ABOVE = /(超过|高于|大于)$/;
const LINK = /^的[^，。；]{0,12}，?分别(达到|为|是)$/;

type Side = 'above' | 'below';

function followingList(items: readonly Item[]): Relation[] {
  const relations: Relation[] = [];
  for (const list of findLists(items)) {
    const bound = items[list[0].index - 1];
    if (!bound || bound.block !== list[0].block || bound.token.unit !== list[0].token.unit) continue;
    if (!ABOVE.test(bound.token.before) || !LINK.test(between(bound, list[0]))) continue;
    relations.push({
      kind: 'bound',
      shape: 'predicate',
      members: [bound.index, ...list.map((i) => i.index)],
      holds: ([b, ...values]) => values.every((v) => v.value > b.value),
      describe: ([b, ...values]) =>
        `列举各项都应超过${quote(bound, b)}：${values.map((v) => `${v.text}${bound.token.unit}`).join('、')}，只有这一种小数点位置成立`,
    });
  }
  return relations;
}

/** “…五种品类同比增速超过” / “同比增速均超过” / “增速均在…以上” / “增速均不足”, ending where the bound is. */
const GROUP_BOUND = /(同比增速|同比增长|增速|增长率|增幅)(均|都)?(超过|高于|大于|在|不足|低于|小于)$/;
/** What may follow the names before the measure: “五种品类”, “等3类”, “实现较快增长，”. */
const NAMES_TAIL = /(等)?([一二三四五六七八九十两]|\d+)?(种|类|个)?(品类|商品|行业|产品)?(实现[^，。；]{0,8})?[，]?$/;
const SEPARATOR = /[、和及与]/;

/** The members a group bound names: the words before the measure, split at 、/和 (2 or more). */
function boundNames(bound: Item): { names: string[]; side: Side } | null {
  const span = sentenceSpan(bound);
  const head = bound.text.slice(span.start, bound.offset);
  const m = GROUP_BOUND.exec(head);
  if (!m) return null;
  const after = bound.text.slice(
    bound.offset +
      bound.token.raw.length +
      (bound.text.startsWith(bound.token.unit, bound.offset + bound.token.raw.length) ? bound.token.unit.length : 0),
  );
  if (m[3] === '在' && !/^以上/.test(after)) return null;
  const side: Side = /(不足|低于|小于)/.test(m[3]) ? 'below' : 'above';
  // The names sit in this clause or, after “实现较快增长，”, in the one before it.
  const lead = head.slice(0, m.index).replace(NAMES_TAIL, '');
  const clause = lead.slice(Math.max(lead.lastIndexOf('，'), lead.lastIndexOf('：')) + 1).replace(/^(其中|从[^，]{0,6}看)/, '');
  const names = clause.split(SEPARATOR).filter(Boolean);
  if (names.length < 2 || names.some((n) => n.length < 2 || n.length > 10 || /\d/.test(n))) return null;
  return { names, side };
}

/** The members of `list` the names stand for: its head must name them side by side, in its order. */
function namedMembers(list: Item[], names: readonly string[]): Item[] {
  const head = clauseOfList(list[0]);
  const found = names
    .map((name) => ({ name, at: head.indexOf(name) }))
    .filter((f) => f.at >= 0)
    .sort((a, b) => a.at - b.at);
  if (found.length !== list.length) return [];
  for (let k = 1; k < found.length; k++) {
    const gap = head.slice(found[k - 1].at + found[k - 1].name.length, found[k].at);
    if (!/^[、和及与]$/.test(gap)) return [];
  }
  return /分别/.test(head.slice(found[found.length - 1].at)) ? list : [];
}

function namedGroups(items: readonly Item[]): Relation[] {
  const relations: Relation[] = [];
  let lists: Item[][] | null = null;
  for (const bound of items) {
    if (bound.token.table || bound.token.unit !== '%' || !GROUP_BOUND.test(bound.token.before)) continue;
    const group = boundNames(bound);
    if (!group) continue;
    lists ??= findLists(items);
    const members = lists
      // A list in the bound's own sentence is followingList's (“超过20%的地区，分别达到…”).
      .filter(
        (l) =>
          l[0].kind === bound.kind &&
          l[0].token.unit === bound.token.unit &&
          !(l[0].block === bound.block && sentenceSpan(l[0]).start === sentenceSpan(bound).start),
      )
      .filter((l) => !yearOf(l[0]) || !yearOf(bound) || yearOf(l[0]) === yearOf(bound))
      .flatMap((l) => namedMembers(l, group.names));
    if (members.length === 0) continue;
    const above = group.side === 'above';
    relations.push({
      kind: 'bound',
      shape: 'predicate',
      members: [bound.index, ...members.map((i) => i.index)],
      holds: ([b, ...values]) => values.every((v) => (above ? v.value > b.value : v.value < b.value)),
      describe: ([b, ...values]) =>
        `${quote(bound, b)}是${group.names.join('、')}共同的${above ? '下限' : '上限'}，别处列出的${values
          .map((v, k) => `${quote(members[k], v)}`)
          .join('、')}都应${above ? '高于' : '低于'}它，只有这一种小数点位置成立`,
    });
  }
  return relations;
}

export function boundRelations(items: readonly Item[]): Relation[] {
  return [...followingList(items), ...namedGroups(items)];
}
