import { PUE_LEAD } from '../numbers/kinds';

/**
 * Finds numbers followed by a magnitude unit: the ones whose decimal point the extraction may have
 * dropped. Count units (家, 个, 项 …) are integers by meaning and are not collected. Runs on
 * width-folded text, so digits are ASCII here; no digit run in it holds a decimal point.
 */
export interface FoundNumber {
  start: number;
  end: number;
  raw: string;
  unit: string;
}

/**
 * Longest first: 万亿元 before 万亿 before 万. Only a bare 万/亿 count carries a measure word (万人,
 * 亿件); after a currency unit the next character is the sentence's (155万亿元人民币 is 万亿元).
 */
const CURRENCY_UNIT = '万亿元|万亿美元|亿元|亿美元|万元|万美元|%|个百分点|倍|元|点(?![击赞位对餐])';
// `W` is how one case study writes 万 (200W用户, 13W次).
const COUNT_UNIT = '(?:万亿|亿|万|W(?=用户|次|余))(?:人次|平方米|千瓦时|用户|[人家个吨件笔单次户辆台条份项名所款场篇])?';
const NUMBER = new RegExp(`(?<![0-9A-Za-z./第])(-?)([0-9]+)(${CURRENCY_UNIT}|${COUNT_UNIT})`, 'g');
/** A dash after a number or unit is a range (10-20%, 40%-50%, 5万-10万), not a minus sign. */
const RANGE_BEFORE = /[0-9A-Za-z%万亿元倍点]$/;

/**
 * Numbers without a unit that can still have lost a decimal point (SOURCE-NOTES §3.1), each recognised
 * by what the report writes around it; `unit` is ''. Power usage effectiveness (`PUE可低至109` = 1.09,
 * `PUE）小于12` = 1.2); index values stated in a sentence about an index, in brackets or after the verb
 * that states a level (`最高（652）`, `下降至118`, `上升到-236`); an emission factor before CO2e
 * (`约为01975CO2e`, its kept leading zero settles it).
 */
const UNITLESS: { pattern: RegExp; when?: (sentence: string) => boolean }[] = [
  { pattern: new RegExp(`(?<=${PUE_LEAD})(-?)([0-9]+)(?![0-9])`, 'g') },
  { pattern: /(?<=[（(]|达到|至|到|高位的)(-?)([0-9]+)(?=[）)。；，]|$)/g, when: (sentence) => sentence.includes('指数') },
  { pattern: /(?<=的)(-?)([0-9]+)(?=(?:下降|上升|回落|回升)[至到])/g, when: (sentence) => sentence.includes('指数') },
  { pattern: /(?<=[为约])(-?)(0[0-9]+)(?=CO2e)/g },
];

/** A year (2022), a year range's end or a date part is never an index value, whatever the sentence. */
const DATE_LIKE = /^(19|20)\d\d$/;

function sentenceAt(text: string, at: number): string {
  const start = Math.max(text.lastIndexOf('。', at - 1), text.lastIndexOf('；', at - 1)) + 1;
  const end = text.slice(at).search(/[。；]/);
  return text.slice(start, end < 0 ? text.length : at + end);
}

function findUnitless(text: string, taken: readonly FoundNumber[]): FoundNumber[] {
  const found: FoundNumber[] = [];
  const overlaps = (start: number, end: number) => [...taken, ...found].some((f) => start < f.end && end > f.start);
  for (const { pattern, when } of UNITLESS) {
    for (const m of text.matchAll(pattern)) {
      const start = m.index!;
      const end = start + m[0].length;
      if (DATE_LIKE.test(m[2]) || overlaps(start, end)) continue;
      if (when && !when(sentenceAt(text, start))) continue;
      found.push({ start, end, raw: m[1] + m[2], unit: '' });
    }
  }
  return found;
}

export function findNumbers(text: string): FoundNumber[] {
  const found: FoundNumber[] = [];
  for (const m of text.matchAll(NUMBER)) {
    let start = m.index!;
    let sign = m[1];
    if (sign && RANGE_BEFORE.test(text.slice(0, start))) {
      sign = '';
      start += 1;
    }
    // "第3万" is an ordinal; years/dates end in 年/月/日, which are not units.
    found.push({ start, end: m.index! + m[0].length, raw: sign + m[2], unit: m[3] });
  }
  return [...found, ...findUnitless(text, found)].sort((a, b) => a.start - b.start);
}
