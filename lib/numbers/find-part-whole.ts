import { halfUlp, type Candidate } from './candidates';
import { findLists } from './find-lists';
import { byBlock, clauseOfList, sentenceSpan } from './items';
import { magnitudeOf } from './kinds';
import { quote, type Item, type Relation } from './relation';
import { AMOUNT_KINDS, ENDS_WITH_CHANGE } from './lexicon';

/**
 * A part cannot exceed its whole, at the same date and scope.
 * - One part after 其中: “网络零售平台店铺数量达2448.07万家，…其中，实物商品店铺数达1319.34万家”. (Two or
 *   more parts add up to the whole: find-parts.ts.)
 * - Provinces of a region against the region: chapter 1 gives the regions' shares of national online
 *   retail (“东、中、西和东北地区网络零售额占全国比重分别为83.92%、8.87%、5.73%和1.48%”), chapter 9 the
 *   largest provinces of each region (“在中部地区，河南省、安徽省、江西省排名前三，网络零售额占比分别为
 *   2.07%、2.03%和1.6%”): the provinces' shares add up to no more than their region's. Only the same
 *   measure counts (网络零售额, not 实物商品网络零售额).
 */

function scaled(item: Item, c: Candidate): { value: number; tolerance: number } {
  const scale = magnitudeOf(item.token.unit)?.scale ?? 1;
  return { value: c.value * scale, tolerance: halfUlp(c) * scale };
}

function singlePart(items: readonly Item[]): Relation[] {
  const relations: Relation[] = [];
  for (const block of byBlock(items)) {
    if (block[0].token.table) continue;
    const text = block[0].text;
    for (const m of text.matchAll(/其中/g)) {
      const end = text.indexOf('。', m.index);
      const after = block.filter(
        (i) => i.offset > m.index && (end < 0 || i.offset < end) && AMOUNT_KINDS.has(i.kind) && !ENDS_WITH_CHANGE.test(i.token.before),
      );
      const bases = new Set(after.map((i) => magnitudeOf(i.token.unit)!.base));
      for (const base of bases) {
        const parts = after.filter((i) => magnitudeOf(i.token.unit)!.base === base);
        if (parts.length !== 1) continue;
        const totals = block.filter(
          (i) =>
            i.offset < m.index &&
            AMOUNT_KINDS.has(i.kind) &&
            magnitudeOf(i.token.unit)!.base === base &&
            !ENDS_WITH_CHANGE.test(i.token.before),
        );
        const total = totals[totals.length - 1];
        if (!total || (text.slice(total.offset, m.index).match(/[。；]/g) ?? []).length > 1) continue;
        const [part] = parts;
        relations.push({
          kind: 'part-whole',
          shape: 'predicate',
          members: [part.index, total.index],
          holds: ([p, t]) => {
            const [sp, st] = [scaled(part, p), scaled(total, t)];
            return sp.value <= st.value + sp.tolerance + st.tolerance + 1e-9;
          },
          describe: ([p, t]) => `“其中”所说的部分不能超过总数：${quote(part, p)}不超过${quote(total, t)}，只有这一种小数点位置成立`,
        });
      }
    }
  }
  return relations;
}

/** “东、中、西和东北地区网络零售额占全国比重分别为…”: region → its share, with the measure. */
const REGION_LIST = /((?:东北|东|中|西)(?:部)?(?:[、和及](?:东北|东|中|西)(?:部)?)+)地区([^，。；]{2,12}?)占全国(的)?比重分别为$/;
const REGION_OF_BLOCK = /^(?:[^，。]{0,8})?在(东北|东|中|西)(?:部)?地区，/;

interface RegionShare {
  region: string;
  measure: string;
  whole: Item;
}

function regionShares(items: readonly Item[]): RegionShare[] {
  const out: RegionShare[] = [];
  for (const list of findLists(items)) {
    const m = REGION_LIST.exec(clauseOfList(list[0]));
    if (!m || list[0].kind !== 'share') continue;
    const regions = m[1].split(/[、和及]/).map((r) => r.replace(/部$/, ''));
    if (regions.length !== list.length) continue;
    regions.forEach((region, k) => out.push({ region, measure: m[2], whole: list[k] }));
  }
  return out;
}

/** True when a share's sentence says it is of `measure` itself (not 实物商品 + measure, not stores). */
function ofMeasure(item: Item, measure: string): boolean {
  const span = sentenceSpan(item);
  const head = item.text.slice(span.start, item.offset);
  const at = head.lastIndexOf(measure);
  // “…分别为A、B和C，合计达D”: the sum of the listed provinces is no further part.
  if (at < 0 || /(合计|共计|总计)(达到|达|为)?$/.test(head)) return false;
  return !/(实物商品|实物|农村|店铺)$/.test(head.slice(0, at)) && !/(实物|店铺|增速|增长)/.test(head.slice(at + measure.length));
}

function provincesOfRegions(items: readonly Item[]): Relation[] {
  const relations: Relation[] = [];
  const wholes = regionShares(items);
  if (wholes.length === 0) return relations;
  for (const block of byBlock(items)) {
    if (block[0].token.table) continue;
    const region = REGION_OF_BLOCK.exec(block[0].text)?.[1];
    if (!region) continue;
    for (const whole of wholes.filter((w) => w.region === region && w.whole.token.part !== block[0].token.part)) {
      const parts = block.filter((i) => i.kind === 'share' && i.token.unit === '%' && ofMeasure(i, whole.measure));
      if (parts.length === 0) continue;
      relations.push({
        kind: 'part-whole',
        shape: 'predicate',
        members: [whole.whole.index, ...parts.map((p) => p.index)],
        holds: ([w, ...ps]) => {
          const sum = ps.reduce((s, p) => s + p.value, 0);
          return sum <= w.value + halfUlp(w) + ps.reduce((s, p) => s + halfUlp(p), 0) + 1e-9;
        },
        describe: ([w, ...ps]) =>
          `一个地区内各省份的占比合计不能超过该地区的占比：${ps.map((p, k) => quote(parts[k], p)).join('、')}合计不超过${quote(whole.whole, w)}，只有这一种小数点位置成立`,
      });
    }
  }
  return relations;
}

export function partWholeRelations(items: readonly Item[]): Relation[] {
  return [...singlePart(items), ...provincesOfRegions(items)];
}
