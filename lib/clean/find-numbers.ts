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
const CURRENCY_UNIT = '万亿元|万亿美元|亿元|亿美元|万元|万美元|%|个百分点|倍|元';
const COUNT_UNIT = '(?:万亿|亿|万)(?:人次|平方米|千瓦时|[人家个吨件笔单次户辆台条份项名所款场篇])?';
const NUMBER = new RegExp(`(?<![0-9A-Za-z./第])(-?)([0-9]+)(${CURRENCY_UNIT}|${COUNT_UNIT})`, 'g');
/** A dash after a number or unit is a range (10-20%, 40%-50%, 5万-10万), not a minus sign. */
const RANGE_BEFORE = /[0-9A-Za-z%万亿元倍点]$/;

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
  return found;
}
