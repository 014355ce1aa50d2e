import { between } from './items';
import { quote, type Item, type Relation } from './relation';

/**
 * “拥堵运力占比由峰值的15.1%降至8.7%”, “知晓率从60%提高到80%”: a stated rise or fall between two
 * values of the same quantity orders them. Only explicit wording counts (由/从 A 上升至/降至 B), and
 * only for two numbers of the same unit next to each other in one clause.
 */

const RISE = /^(上升|提高|提升|增长|增加|扩大|升)(至|到)$/;
const FALL = /^(下降|降低|减少|回落|缩小|降)(至|到)$/;

export function trendRelations(items: readonly Item[]): Relation[] {
  const relations: Relation[] = [];
  for (let k = 1; k < items.length; k++) {
    const [a, b] = [items[k - 1], items[k]];
    if (a.block !== b.block || a.token.unit !== b.token.unit || a.token.table) continue;
    const gap = between(a, b).replace(/^(的|以上|左右)/, '');
    const rise = RISE.test(gap);
    if (!rise && !FALL.test(gap)) continue;
    // The first value must be introduced by 由/从 within its clause: “由去年的37%上升至40%”.
    const clause = a.token.before.slice(a.token.before.search(/[^，。；]*$/));
    if (!/(由|从)/.test(clause)) continue;
    relations.push({
      kind: 'trend',
      shape: 'predicate',
      members: [a.index, b.index],
      holds: ([x, y]) => (rise ? y.value > x.value : y.value < x.value),
      describe: ([x, y]) =>
        `文中说明由${quote(a, x)}${rise ? '上升' : '下降'}到${y.text}${b.token.unit}，只有这一种小数点位置符合${rise ? '上升' : '下降'}`,
    });
  }
  return relations;
}
