import type { NumberToken } from './types';

/**
 * What a number measures, as far as its unit and nearby words tell. Conventions (how many decimals)
 * and bounds (a share cannot exceed 100 %) are per kind.
 */
export type Kind =
  | 'growth' // 同比增长 3.5 %
  | 'share' // 占 27.2 %, 普及率, 满意度: bounded by 100
  | 'percent' // any other % (table cells, 降低 50 %)
  | 'pp' // 个百分点
  | 'wanyi' // 万亿元, 万亿美元
  | 'yi-money' // 亿元, 亿美元
  | 'yi-count' // 亿人, 亿件, 亿笔
  | 'wan-money' // 万元, 万美元
  | 'wan-count' // 万人, 万家, 万吨
  | 'yuan'
  | 'times'
  | 'points'
  | 'count' // 家, 个, 所 … without 万/亿: whole things
  | 'pue' // data-centre power usage effectiveness: a ratio of at least 1
  | 'index'; // other unit-less values: index levels (65.2, -29.8)

export const KIND_LABEL: Record<Kind, string> = {
  growth: '增速（%）',
  share: '占比（%）',
  percent: '其他百分比',
  pp: '百分点',
  wanyi: '万亿',
  'yi-money': '亿元/亿美元',
  'yi-count': '亿（计量）',
  'wan-money': '万元/万美元',
  'wan-count': '万（计量）',
  yuan: '元',
  times: '倍',
  points: '点',
  count: '个数',
  pue: 'PUE',
  index: '指数',
};

// “上升至40%” states a level, not a change: a verb followed by 至/到 does not make a growth rate.
const GROWTH = /(增长率|增长|增速|增幅|下降|降低|提高|提升|上升|上涨|回落|减少|增加|涨幅|降幅|同比|环比|下滑)(?![至到])/g;
const SHARE = /(占|比重|占比|份额|普及率|渗透率|占有率|满意度|可靠率|使用率|覆盖率|比例|利用率|达标率|合格率|率)/g;

/** The current clause up to the token: list members share the clause of the list's head. */
export function clauseBefore(token: NumberToken): string {
  const cut = Math.max(token.before.lastIndexOf('。'), token.before.lastIndexOf('；'), token.before.lastIndexOf('，'));
  return token.before.slice(cut + 1);
}

function sentenceBefore(token: NumberToken): string {
  const cut = Math.max(token.before.lastIndexOf('。'), token.before.lastIndexOf('；'));
  return token.before.slice(cut + 1);
}

function lastIndex(re: RegExp, text: string): number {
  let last = -1;
  for (const m of text.matchAll(re)) last = m.index + m[0].length;
  return last;
}

/**
 * The unit without a trailing word the producer may have caught with it: “155万亿元人民币” can come
 * as unit 万亿元人, which is still an amount of money.
 */
export function baseUnit(unit: string): string {
  const money = /^(万亿|亿|万)?(元|美元)/.exec(unit);
  return money ? money[0] : unit;
}

/**
 * `PUE可低至`, `PUE）小于`: the words that put a unit-less number on the PUE scale. The content build's
 * tokenizer finds PUE values by the same words (lib/clean/find-numbers.ts), so the two cannot drift.
 */
export const PUE_LEAD = 'PUE[^，。；\\d]{0,8}';
export const PUE_BEFORE = new RegExp(`${PUE_LEAD}$`);

/** Units of whole things: a count in them has no decimal point to lose (2352个, 155家, 95所). */
export const COUNT_UNIT = /^(家|个|所|项|人|名|件|场|次|辆|台|条|份|款|篇|列|架次|人次|票|期|届|批)$/;

export function kindOf(token: NumberToken): Kind {
  const u = baseUnit(token.unit);
  if (u === '%') {
    // The clause names what is measured; “…同比增长较快，分别为16.9%” names it a clause earlier.
    for (const text of [clauseBefore(token), sentenceBefore(token)]) {
      const g = lastIndex(GROWTH, text);
      const s = lastIndex(SHARE, text);
      if (g >= 0 || s >= 0) return g >= s ? 'growth' : 'share';
    }
    return 'percent';
  }
  if (u === '个百分点') return 'pp';
  if (/^万亿(元|美元)?$/.test(u)) return 'wanyi';
  if (u.startsWith('万亿')) return 'yi-count';
  if (u === '亿元' || u === '亿美元') return 'yi-money';
  if (u.startsWith('亿')) return 'yi-count';
  if (u === '万元' || u === '万美元') return 'wan-money';
  if (u.startsWith('万') || u.startsWith('W')) return 'wan-count';
  if (u === '元') return 'yuan';
  if (u === '倍') return 'times';
  if (u === '点') return 'points';
  if (COUNT_UNIT.test(u)) return 'count';
  // PUE (1.09) and index levels (65.2) print different decimals: they must not teach each other.
  if (u === '' && PUE_BEFORE.test(token.before)) return 'pue';
  return 'index';
}

/** Units that measure the same kind of quantity (so they can be added or compared), in 元-free terms. */
export function magnitudeOf(unit: string): { scale: number; base: string } | null {
  const m = /^(万亿|亿|万)?(.*)$/.exec(baseUnit(unit).replace(/^W/, '万'));
  if (!m) return null;
  const scale = m[1] === '万亿' ? 1e12 : m[1] === '亿' ? 1e8 : m[1] === '万' ? 1e4 : 1;
  return { scale, base: m[2] };
}
