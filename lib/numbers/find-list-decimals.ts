import { halfUlp, type Candidate } from './candidates';
import { clauseOfList } from './items';
import { findLists } from './find-lists';
import { quote, type Item, type Relation } from './relation';

/**
 * One 分别 list is printed to one format. “分别为25.51%、22.87%和6.83%”: the members carry the same
 * number of decimals, so a member whose decimals a rule fixes (four digits of a percentage) fixes the
 * others' (up to a trailing zero left unprinted, see oneFormat). Exempt are members whose decimals are not the list's format: a kept leading zero (0.03 %),
 * a single digit, and a member already proven an integer. And shares of one whole listed member by
 * member (排名前三，分别占…) cannot add up to more than 100 %, even when the list names only some parts.
 */

const SHARE_HEAD = /(占|比重|占比|份额)/;

function digitsOf(item: Item): string {
  return item.token.raw.replace('-', '');
}

/** True for a member the list's format does not bind (its decimals are fixed another way). */
function exempt(item: Item): boolean {
  const digits = digitsOf(item);
  if (digits.length === 1 || digits.startsWith('0')) return true;
  return item.domain.length === 1 && item.domain[0].decimals === 0;
}

/**
 * The list's format is the most decimals its bound members take. A member printed one digit shorter
 * may carry one decimal fewer: its trailing zero was not printed (chapter 9: “河南省、安徽省、江西省…
 * 占比分别为2.07%、2.03%和1.6%”).
 */
function oneFormat(list: readonly Item[], values: readonly Candidate[]): boolean {
  const bound = values.map((v, k) => ({ v, digits: digitsOf(list[k]).length })).filter((_, k) => !exempt(list[k]));
  const d = Math.max(...bound.map((b) => b.v.decimals));
  const longest = Math.max(...bound.filter((b) => b.v.decimals === d).map((b) => b.digits));
  return bound.every((b) => b.v.decimals === d || (b.v.decimals === d - 1 && b.digits < longest));
}

function shown(list: readonly Item[], values: readonly { text: string }[]): string {
  return values.map((v) => `${v.text}${list[0].token.unit}`).join('、');
}

export function listDecimalRelations(items: readonly Item[]): Relation[] {
  const relations: Relation[] = [];
  for (const list of findLists(items)) {
    const head = clauseOfList(list[0]);
    if (!/分别/.test(head)) continue;
    const bound = list.filter((i) => !exempt(i));
    if (bound.length >= 2) {
      relations.push({
        kind: 'list-decimals',
        shape: 'predicate',
        members: list.map((i) => i.index),
        // Re-read at every check: a member proven an integer by another relation meanwhile is exempt.
        holds: (values) => oneFormat(list, values),
        describe: (values) =>
          `同一“分别”列举中的数保留相同位数的小数：${shown(list, values)}，只有这一种小数点位置使各项位数一致（${quote(list[0], values[0])}）`,
      });
    }
    if (list[0].token.unit === '%' && list.every((i) => i.kind === 'share') && SHARE_HEAD.test(head)) {
      relations.push({
        kind: 'share-cap',
        shape: 'predicate',
        members: list.map((i) => i.index),
        holds: (values) => values.reduce((s, v) => s + v.value, 0) <= 100 + values.reduce((s, v) => s + halfUlp(v), 0) + 1e-9,
        describe: (values) =>
          `同一整体中各部分的占比合计不能超过100%：${shown(list, values)}，只有这一种小数点位置使合计不超过100%（${quote(list[0], values[0])}）`,
      });
    }
  }
  return relations;
}
