import { halfUlp, type Candidate } from './candidates';
import { growthOf } from './find-parts-growth';
import { findLists } from './find-lists';
import { between, clauseOfList, signed, subjectOf, yearOf } from './items';
import { quote, type Item, type Relation } from './relation';

/**
 * “东、中、西部和东北地区农产品网络零售额占…比重分别为64.35%、14.63%、15.24%和5.78%，同比增速分别为
 * 8.3%、5.1%、17.0%和11.2%”, with the whole's growth (全国农产品网络零售额…同比增长9.2%) stated
 * elsewhere: last year's shares, Σ sᵢ/(1+gᵢ), must make up 100/(1+G). The whole is found by the
 * measure the shares are of (农产品网络零售额); exactly one growth rate must be stated for it.
 */

const GROWTH_LIST = /^[，、]?(同比)?(增速|增长率|分别增长)(分别为|分别是)?$/;
const REGIONS = /^.*(地区|省份|城市|区域)/;

function measureOf(shares: Item[]): string | null {
  const m = /([^，。；、]{3,16}?)(占|比重)/.exec(clauseOfList(shares[0]));
  if (!m) return null;
  return m[1].replace(REGIONS, '').replace(/^(全国|我国)/, '') || null;
}

function wholeGrowth(measure: string, shares: Item[], items: readonly Item[]): Item | null {
  const year = yearOf(shares[0]);
  const rates = items
    .filter((i) => /(亿|万)/.test(i.token.unit) && subjectOf(i).replace(/^(全国|我国)/, '') === measure)
    .filter((i) => !year || !yearOf(i) || yearOf(i) === year)
    .map((i) => growthOf(i, items))
    .filter((g): g is Item => g !== null);
  return new Set(rates.map((r) => r.token.raw)).size === 1 ? rates[0] : null;
}

/** Last year's value of 100 parts growing by `g` %, as an interval from the printed roundings. */
function priorShare(s: Candidate, g: Candidate): [number, number] {
  return [(s.value - halfUlp(s)) / (1 + (g.value + halfUlp(g)) / 100), (s.value + halfUlp(s)) / (1 + (g.value - halfUlp(g)) / 100)];
}

/**
 * The growth rates of the listed parts: a list right after the shares (“同比增速分别为A、B、C和D”),
 * or one rate per part in the next sentence (“从零售额增速看，东部地区同比增长A，中部地区同比增长B…”).
 */
function ratesAfter(shares: Item[], next: Item[] | undefined, items: readonly Item[]): Item[] | null {
  const last = shares[shares.length - 1];
  if (next && next[0].block === last.block && GROWTH_LIST.test(between(last, next[0]))) return next;
  const following = items.slice(last.index + 1, last.index + 1 + shares.length);
  const each = following.every((r) => r.block === last.block && r.kind === 'growth' && /地区(同比)?(增长|增速为)$/.test(r.token.before));
  const opening = following[0] !== undefined && /^。[^。，]{0,12}增速看，/.test(between(last, following[0]));
  return following.length === shares.length && each && opening ? following : null;
}

export function shareGrowthRelations(items: readonly Item[]): Relation[] {
  const relations: Relation[] = [];
  const lists = findLists(items);
  for (let k = 0; k < lists.length; k++) {
    const shares = lists[k];
    if (shares[0].token.unit !== '%') continue;
    const rates = ratesAfter(shares, lists[k + 1], items);
    if (!rates || rates.length !== shares.length) continue;
    const measure = measureOf(shares);
    const whole = measure && measure.length >= 4 ? wholeGrowth(measure, shares, items) : null;
    if (!whole) continue;
    const n = shares.length;
    relations.push({
      kind: 'share-growth',
      shape: 'predicate',
      members: [...shares, ...rates, whole].map((i) => i.index),
      holds: (values) => {
        let lo = 0;
        let hi = 0;
        for (let j = 0; j < n; j++) {
          const [a, b] = priorShare(values[j], values[n + j]);
          lo += a;
          hi += b;
        }
        const g = values[2 * n];
        const [wLo, wHi] = priorShare({ value: 100, decimals: 9, text: '100' }, { ...g, value: signed(whole, g.value) });
        return lo <= wHi + 1e-9 && wLo <= hi + 1e-9;
      },
      describe: (values) =>
        `各部分占比与增速须与整体增速一致（上年占比之和为100%）：占比${values
          .slice(0, n)
          .map((v) => `${v.text}%`)
          .join('、')}，增速${values
          .slice(n, 2 * n)
          .map((v) => `${v.text}%`)
          .join('、')}，整体${quote(whole, values[2 * n])}，只有这一种小数点位置成立`,
    });
  }
  return relations;
}
