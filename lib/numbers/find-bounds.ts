import { findLists } from './find-lists';
import { between } from './items';
import { quote, type Item, type Relation } from './relation';

/**
 * “东南亚和拉美是仅有的电子商务增速超过20%的地区，分别达到26.2%和20.4%”: every member of the list
 * exceeds the stated bound. Such a bound rarely settles a number alone (both 2.0 % and 20 % bound
 * something), but it keeps inferred readings consistent (see harmonize.ts).
 */
const ABOVE = /(超过|高于|大于)$/;
const LINK = /^的[^，。；]{0,12}，?分别(达到|为|是)$/;

export function boundRelations(items: readonly Item[]): Relation[] {
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
