import { describe, expect, it } from 'vitest';
import { classifyNumbers } from '@/lib/numbers/classify';
import { trendRelations } from '@/lib/numbers/find-trends';
import { buildItems } from '@/lib/numbers/items';
import { membersOf } from '@/lib/numbers/relation';
import { blockTokens, readingOf } from './helpers';

const none = { corrections: [] };

describe('a stated rise or fall orders two values', () => {
  it('settles “拥堵运力占比由峰值的15.1%降至8.7%”: 87 % would be a rise', () => {
    const tokens = blockTokens(
      '截至2022年12月，全球港口拥堵造成的停泊运力从峰值的350万TEU以上的高位降至230万TEU，拥堵运力占比由峰值的151%降至87%。',
      '3',
    );
    const readings = classifyNumbers(tokens, none);
    expect(readingOf(tokens, readings, '由峰值的')).toMatchObject({ status: 'settled', value: '15.1' });
    expect(readingOf(tokens, readings, '%降至')).toMatchObject({ status: 'settled', value: '8.7', relation: 'trend' });
  });

  it('does not settle a rise that holds at every scale (由去年的37%上升至40%)', () => {
    const tokens = blockTokens('C2C网络零售平台入驻店铺数量达到9792万家，占B2C和C2C入驻店铺总量的比重由去年的37%上升至40%。', '2');
    const readings = classifyNumbers(tokens, none);
    expect(readings.filter((r) => r.relation === 'trend')).toEqual([]);
  });

  it('needs 由/从 before the first value: a list is not a trend', () => {
    const tokens = blockTokens('两地占比分别为151%、87%，同比下降至87%。', '3');
    const readings = classifyNumbers(tokens, none);
    expect(readings.filter((r) => r.relation === 'trend')).toEqual([]);
  });
});

describe('inferred readings are made to agree with the relations they take part in', () => {
  it('reads both ends of “知晓率从60%提高到80%” alike, and says why', () => {
    const tokens = blockTokens('全市生活垃圾分类知晓率从60%提高到80%，全市各级公共机构垃圾强制分类覆盖率由80%上升到100%。', 'appendix-c');
    const readings = classifyNumbers(tokens, none);
    expect(readings.map((r) => r.status)).toEqual(['inferred', 'inferred', 'inferred', 'inferred']);
    expect(readings.map((r) => r.value)).toEqual(['60', '80', '80', '100']);
    // Alone, 100 would read 10.0 (one decimal, the habit for shares); 80 → 10.0 is no rise.
    expect(readings[3].reason).toContain('为与文中关系一致改读为100');
  });
});

describe('bounds and rankings keep inferred readings consistent', () => {
  it('reads “增速超过20%的地区，分别达到262%和204%” as 26.2 % and 20.4 %', () => {
    const tokens = blockTokens(
      '从增速来看，全球各地区电子商务增速普遍放缓，东南亚和拉美是仅有的电子商务增速超过20%的地区，分别达到262%和204%，远高于全球电子商务增速（122%）。',
      '3',
    );
    const readings = classifyNumbers(tokens, none);
    expect(readings.slice(0, 3).map((r) => r.value)).toEqual(['20', '26.2', '20.4']);
    expect(readings.every((r) => r.status === 'inferred')).toBe(true);
  });

  it('reads 23 in “位居全球增速前四，增速分别为259%、255%、23%、222%” as 23 %, in rank', () => {
    const tokens = blockTokens('其中菲律宾、印度、印度尼西亚、巴西位居全球增速前四，增速分别为259%、255%、23%、222%。', '3');
    const readings = classifyNumbers(tokens, none);
    expect(readings.map((r) => r.value)).toEqual(['25.9', '25.5', '23', '22.2']);
    expect(readings[2].reason).toContain('从大到小');
  });
});

describe('a series in time order orders successive values', () => {
  it('proves 600亿元 has no decimal point: “2020年达到30835亿元，2021年预计将突破600亿元” (appendix C)', () => {
    const tokens = blockTokens(
      '2019年平台年度销售额为9943亿元，2020年达到30835亿元，2021年预计将突破600亿元，商城端小程序用户使用量达到118亿。',
      'appendix-c',
    );
    const readings = classifyNumbers(tokens, none);
    // 2021 must exceed 2020: 60.0 or 6.00 is below every reading of 30835, and 600 above only 308.35.
    expect(readingOf(tokens, readings, '预计将突破')).toMatchObject({ status: 'settled', value: '600', relation: 'trend' });
    expect(readingOf(tokens, readings, '2020年达到')).toMatchObject({ status: 'settled', value: '308.35', relation: 'trend' });
    expect(readingOf(tokens, readings, '预计将突破').reason).toContain('后一年');
    // 2019 → 2020 is only “达到”: no order is stated, so 9943 stays a habit's reading.
    expect(readingOf(tokens, readings, '年度销售额为').status).toBe('inferred');
  });

  it('compares values across units of one base and settles nothing when every reading rises (9373万元 → 13858亿元)', () => {
    const tokens = blockTokens(
      '常州西太湖电子商务产业园内电商企业交易额从2012年的9373万元增长到2021年的13858亿元，税收从2011年的245万元增长到2021年的755亿元。',
      'appendix-b',
    );
    // Both rises are found (万元 and 亿元 compare in 元) …
    expect(trendRelations(buildItems(tokens).items).map(membersOf)).toEqual([
      [0, 1],
      [2, 3],
    ]);
    // … and hold at every reading of the 亿元 figures, so they fix no decimal point.
    const readings = classifyNumbers(tokens, none);
    expect(readings.every((r) => r.status === 'inferred')).toBe(true);
    expect(readings.some((r) => /只有这一种小数点位置/.test(r.reason ?? ''))).toBe(false);
  });
});
