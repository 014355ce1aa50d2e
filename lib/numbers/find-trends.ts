import { between, byBlock } from './items';
import { magnitudeOf } from './kinds';
import { quote, type Item, type Relation } from './relation';

/**
 * Series in time order. Two wordings order two values of one quantity:
 * - a stated change between them: “拥堵运力占比由峰值的15.1%降至8.7%”, “知晓率从60%提高到80%”,
 *   “交易额从2012年的9373万元增长到2021年的138.58亿元” (由/从 A 上升至/降至 B, units of one base);
 * - year after year, the later year said to break or reach beyond a level: “2020年达到308.35亿元，
 *   2021年预计将突破600亿元” (2021's figure is above 2020's, so 600 has no decimal point).
 * Only values next to each other among the numbers of their unit's base in one sentence count.
 */

const RISE = /^(上升|提高|提升|增长|增加|扩大|升)(至|到)(\d{4}年(底|末)?)?(的)?$/;
const FALL = /^(下降|降低|减少|回落|缩小|降)(至|到)(\d{4}年(底|末)?)?(的)?$/;
/** A later year's figure said to break, grow to or (forecast) reach a level: above the earlier one. */
const LATER_ABOVE = /(突破|增长至|增长到|增至|提升至|提高至|上升至|扩大至|跃升至|攀升至|(预计|将)[^，。；\d]{0,12}(达到|超过|突破))[了]?$/;
const LATER_BELOW = /(下降|减少|回落|下滑|降低|萎缩)/;

/** The scale that brings a value to its base (万元 → 元), or null when the two units cannot be compared. */
function scales(a: Item, b: Item): [number, number] | null {
  if (a.token.unit === b.token.unit) return [1, 1];
  const [ma, mb] = [magnitudeOf(a.token.unit), magnitudeOf(b.token.unit)];
  if (!ma || !mb || ma.base !== mb.base || ma.base === '%' || ma.base === '') return null;
  return [ma.scale, mb.scale];
}

/** The years said in a text, in order (“2019年”, “到2025年”). */
const yearsIn = (text: string) => [...text.matchAll(/(20\d\d)年/g)].map((m) => Number(m[1]));

type Direction = 'rise' | 'fall';

/** How the text orders `b` after `a`, if it does. */
function directionOf(a: Item, b: Item): { direction: Direction; wording: 'change' | 'series' } | null {
  const gap = between(a, b).replace(/^(的|以上|左右)/, '');
  if (/[。；]/.test(gap)) return null;
  const rise = RISE.test(gap);
  if (rise || FALL.test(gap)) {
    // The first value must be introduced by 由/从 within its clause: “由去年的37%上升至40%”.
    const clause = a.token.before.slice(a.token.before.search(/[^，。；]*$/));
    return /(由|从)/.test(clause) ? { direction: rise ? 'rise' : 'fall', wording: 'change' } : null;
  }
  const clauseA = a.token.before.slice(a.token.before.search(/[^，。；]*$/));
  const [yearA] = yearsIn(clauseA).slice(-1);
  const yearsB = yearsIn(gap);
  const yearB = yearsB[yearsB.length - 1];
  if (!yearA || !yearB || yearB <= yearA || LATER_BELOW.test(gap) || !LATER_ABOVE.test(gap)) return null;
  return { direction: 'rise', wording: 'series' };
}

export function trendRelations(items: readonly Item[]): Relation[] {
  const relations: Relation[] = [];
  for (const block of byBlock(items)) {
    if (block[0].token.table) continue;
    for (let k = 1; k < block.length; k++) {
      const b = block[k];
      // The nearest earlier number that measures in the same base: “9373万元” before “13858亿元”.
      const a = block
        .slice(0, k)
        .reverse()
        .find((i) => scales(i, b) !== null);
      const s = a ? scales(a, b) : null;
      const order = a && s && directionOf(a, b);
      if (!a || !s || !order) continue;
      const rise = order.direction === 'rise';
      const [sa, sb] = s;
      relations.push({
        kind: 'trend',
        shape: 'predicate',
        members: [a.index, b.index],
        holds: ([x, y]) => (rise ? y.value * sb > x.value * sa : y.value * sb < x.value * sa),
        describe: ([x, y]) =>
          order.wording === 'change'
            ? `文中说明由${quote(a, x)}${rise ? '上升' : '下降'}到${y.text}${b.token.unit}，只有这一种小数点位置符合${rise ? '上升' : '下降'}`
            : `文中按年份先后说明后一年的数超过前一年：${quote(a, x)}之后为${quote(b, y)}，只有这一种小数点位置使后一年更大`,
      });
    }
  }
  return relations;
}
