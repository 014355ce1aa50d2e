import { findLists } from './find-lists';
import { clauseOfList, sentenceSpan } from './items';
import { quote, type Item, type Relation } from './relation';

/**
 * Ranking words order members against each other and against the whole.
 * - “农村网络零售额增长最快的前三个品类分别是中西药品、建筑及装潢材料和烟酒，同比增速分别为57.3%、41.3%和
 *   26.3%”: the list is in descending order, and the fastest grows at least as fast as the whole
 *   (农村网络零售额 grew 3.6 %: a whole's growth is a weighted mean of its parts', so no more than the
 *   fastest part's). The whole's rate is looked up by name in the same part, said once.
 * - “‘90后’已经成为主力军，占比达45%，而‘80后’‘70后’…占比分别达到32%和10%”: the main force has the
 *   largest share of the ones named after it, and shares of one whole add up to 100 % at most.
 */

const FASTEST = /([^，。；、]{2,16}?)(增长最快|增速最快|增幅最大)的前([二两三四五六七八九十])(个|位|名)?[^，。；]{0,6}分别(是|为)/;
const MAIN_FORCE = /(主力军|主体|主导)，?(占比|比重|份额)(达到|达|为|超过)?$/;

/** The whole's growth rate: a growth said of `name` in the part, outside any list, one value only. */
function wholeGrowth(name: string, part: string, items: readonly Item[], exclude: ReadonlySet<number>): Item | null {
  const found = items.filter((i) => {
    if (i.kind !== 'growth' || i.token.part !== part || exclude.has(i.index) || i.token.table) return false;
    const span = sentenceSpan(i);
    const head = i.text.slice(span.start, i.offset);
    return head.includes(name) && !/(最快|分别|其中)/.test(head) && /(同比增长|增长|增速为)$/.test(head);
  });
  const distinct = new Set(found.map((i) => i.token.raw));
  return distinct.size === 1 ? found[0] : null;
}

function fastestLists(items: readonly Item[]): Relation[] {
  const relations: Relation[] = [];
  const lists = findLists(items);
  const listed = new Set(lists.flat().map((i) => i.index));
  for (const list of lists) {
    if (list[0].kind !== 'growth') continue;
    const m = FASTEST.exec(clauseOfList(list[0]));
    if (!m) continue;
    const name = m[1].replace(/^(在增速方面|从增速看|分品类看|其中)/, '');
    const whole = wholeGrowth(name, list[0].token.part, items, listed);
    const members = [...(whole ? [whole] : []), ...list];
    relations.push({
      kind: 'rank-words',
      shape: 'predicate',
      members: members.map((i) => i.index),
      holds: (values) => {
        const rates = whole ? values.slice(1) : values;
        const ordered = rates.every((v, k) => k === 0 || v.value <= rates[k - 1].value);
        return ordered && (!whole || rates[0].value >= values[0].value);
      },
      describe: (values) => {
        const rates = whole ? values.slice(1) : values;
        const shown = rates.map((v) => `${v.text}%`).join('、');
        const against = whole ? `，最快的也不低于${quote(whole, values[0])}` : '';
        return `“${m[2]}的前${m[3]}”应从大到小：${shown}${against}，只有这一种小数点位置成立（${quote(list[0], rates[0])}）`;
      },
    });
  }
  return relations;
}

function mainForce(items: readonly Item[]): Relation[] {
  const relations: Relation[] = [];
  for (const main of items) {
    if (main.kind !== 'share' || main.token.table || !MAIN_FORCE.test(main.token.before)) continue;
    const span = sentenceSpan(main);
    const others = items.filter((i) => i.block === main.block && i.offset > main.offset && i.offset < span.end && i.kind === 'share');
    if (others.length === 0) continue;
    relations.push({
      kind: 'rank-words',
      shape: 'predicate',
      members: [main.index, ...others.map((i) => i.index)],
      holds: ([m, ...rest]) => rest.every((v) => v.value <= m.value) && m.value + rest.reduce((s, v) => s + v.value, 0) <= 100 + 1e-9,
      describe: ([m, ...rest]) =>
        `“主力军”的占比应不低于随后列出的各项，且各项合计不超过100%：${quote(main, m)}，其余为${rest.map((v) => `${v.text}%`).join('、')}，只有这一种小数点位置成立`,
    });
  }
  return relations;
}

export function rankWordRelations(items: readonly Item[]): Relation[] {
  return [...fastestLists(items), ...mainForce(items)];
}
