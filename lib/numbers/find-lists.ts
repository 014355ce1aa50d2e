import type { Candidate } from './candidates';
import { between, byBlock, clauseOfList, endOf } from './items';
import { quote, type Item, type Relation } from './relation';

/**
 * Lists like “占全国比重分别为83.92%、8.87%、5.73%和1.48%”: when the list covers the whole (no 前三,
 * 主要 …), its shares add up to 100; when it is a ranking (排名前三, 依次为), it is in descending order.
 */

const SEPARATOR = /^(、|和|及|与|以及|、以及)$/;
const SHARE_HEAD = /(占|比重|占比|份额|结构)/;
const PARTIAL = /(前[二两三四五六七八九十]|排名|位列|位居|主要|较高|最多|最大|超过|以上|均)/;
const RANKED = /(排名前|位列前|位居[^，。；]{0,6}前[二两三四五六七八九十]|依次为|前[二两三四五六七八九十]位|排名依次)/;
/** A ranking by growth (“位居全球增速前四”): only then are listed growth rates in order. */
const RANKED_BY_GROWTH = /(增速|增长|增幅)[^，。；]{0,4}(排名)?前[二两三四五六七八九十]/;

/** Maximal runs of same-unit tokens separated only by 、/和/及. */
export function findLists(items: readonly Item[]): Item[][] {
  const lists: Item[][] = [];
  for (const block of byBlock(items)) {
    if (block[0].token.table) continue;
    let run: Item[] = [block[0]];
    const close = () => {
      if (run.length >= 2) lists.push(run);
    };
    for (let k = 1; k < block.length; k++) {
      const prev = run[run.length - 1];
      const item = block[k];
      if (item.token.unit === prev.token.unit && SEPARATOR.test(between(prev, item))) run.push(item);
      else {
        close();
        run = [item];
      }
    }
    close();
  }
  return lists;
}

function shown(list: Item[], values: Candidate[]): string {
  return values.map((v) => `${v.text}${list[0].token.unit}`).join('、');
}

/**
 * The words that introduce this list only: from the previous number of the block (or the sentence
 * start) to the first member. In “江西省排名前三，网络零售额占比分别为A、B和C，实物商品网络零售额占比
 * 分别为D、E和F” the ranking describes A–C, not D–F.
 */
function ownHead(list: Item[], items: readonly Item[]): string {
  const first = list[0];
  const sentence = clauseOfList(first);
  const previous = items.filter((i) => i.block === first.block && i.offset < first.offset).pop();
  if (!previous) return sentence;
  const sincePrevious = first.text.slice(endOf(previous), first.offset);
  return sincePrevious.length < sentence.length ? sincePrevious : sentence;
}

/** “分别为A、B和C，合计达D”: the parts add up to the stated sum. */
function statedSum(list: Item[], items: readonly Item[]): Item | null {
  const last = list[list.length - 1];
  const next = items[last.index + 1];
  if (!next || next.block !== last.block || next.token.unit !== last.token.unit) return null;
  return /^[，、]?(合计|共计|总计|累计|共)(达到|达|为|占)?$/.test(between(last, next)) ? next : null;
}

export function listRelations(items: readonly Item[]): Relation[] {
  const relations: Relation[] = [];
  for (const list of findLists(items)) {
    const sentence = clauseOfList(list[0]);
    const head = ownHead(list, items);
    const indices = list.map((i) => i.index);
    const sum = statedSum(list, items);
    if (sum) {
      relations.push({
        kind: 'parts-sum',
        shape: 'sum',
        parts: indices,
        total: sum.index,
        describe: (parts, total) =>
          `列举各项之和等于随后给出的合计：${shown(list, parts)}，合计${typeof total === 'number' ? total : total.text}${sum.token.unit}，只有这一种小数点位置成立（${quote(list[0], parts[0])}）`,
      });
    }
    if (list[0].token.unit === '%' && /分别/.test(head) && SHARE_HEAD.test(head) && !PARTIAL.test(sentence)) {
      relations.push({
        kind: 'share-list',
        shape: 'sum',
        parts: indices,
        total: { constant: 100 },
        describe: (parts) =>
          `同一列举中的各部分占比合计应为100%：${shown(list, parts)}，只有这一种小数点位置使合计为100%（${quote(list[0], parts[0])}）`,
      });
    }
    // “销售额排名前三，同比增速分别为…” ranks by sales: its growth rates are in no particular order.
    const growth = list.some((i) => i.kind === 'growth');
    if (RANKED.test(head) && (!growth || RANKED_BY_GROWTH.test(head))) {
      relations.push({
        kind: 'ranked',
        shape: 'predicate',
        members: indices,
        holds: (values) => values.every((v, k) => k === 0 || v.value <= values[k - 1].value),
        describe: (values) => `排名列举应从大到小：${shown(list, values)}，只有这一种小数点位置保持该顺序（${quote(list[0], values[0])}）`,
      });
    }
  }
  return relations;
}
