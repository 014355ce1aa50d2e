import { describe, expect, it } from 'vitest';
import { classifyDetailed, classifyNumbers } from '@/lib/numbers/classify';
import { buildItems } from '@/lib/numbers/items';
import { checkPlausibility } from '@/lib/numbers/plausibility';
import type { NumberReading, NumberToken } from '@/lib/numbers/types';
import { blockTokens } from './helpers';

const none = { corrections: [] };

/** The passage's readings as the classifier gives them, with one replaced by another inferred pick. */
function withPick(tokens: NumberToken[], raw: string, pick: string): { readings: NumberReading[]; at: number } {
  const readings = classifyNumbers(tokens, none);
  const at = tokens.findIndex((t) => t.raw === raw);
  readings[at] = { ...readings[at], status: 'inferred', value: pick, reason: '（测试：习惯给出的读法）', relation: 'convention' };
  return { readings, at };
}

describe('a fall cannot exceed 100 %', () => {
  // Chapter 2, 2.2.3: mobile payments by banks.
  const tokens = blockTokens('移动支付业务158507亿笔，同比增长481%，金额49962万亿元，同比下降519%。', '2');

  it('re-chooses 下降519% as 51.9 %, the nearest reading that is a possible fall, and says why', () => {
    const { readings, at } = withPick(tokens, '519', '519');
    const checked = checkPlausibility(buildItems(tokens).items, readings);
    expect(checked.readings[at]).toMatchObject({ status: 'inferred', value: '51.9', relation: 'plausibility' });
    expect(checked.readings[at].reason).toContain('减少、下降不能超过100%');
    expect(checked.findings).toEqual([{ index: at, id: readings[at].id, from: '519', to: '51.9', why: expect.stringContaining('519%') }]);
  });

  it('leaves a possible fall alone', () => {
    const { readings } = withPick(tokens, '519', '5.19');
    expect(checkPlausibility(buildItems(tokens).items, readings).findings).toEqual([]);
  });
});

describe('an amount per parcel is between 1 and 50 元', () => {
  // Chapter 1, 1.3.3: 10566.7亿元 over 1105.8亿件 is 9.55元 a parcel.
  const tokens = blockTokens(
    '2022年，全国快递业务量累计完成11058亿件，同比增长21%；快递业务收入累计完成105667亿元，同比增长23%（见图1-12）。',
  );

  it('re-chooses 110.58亿件 (95.5元 a parcel) as 1105.8亿件 when the revenue reads 10566.7亿元', () => {
    const { readings } = withPick(tokens, '105667', '10566.7');
    const count = tokens.findIndex((t) => t.raw === '11058');
    readings[count] = { ...readings[count], value: '110.58' };
    const checked = checkPlausibility(buildItems(tokens).items, readings);
    expect(checked.readings[count]).toMatchObject({ status: 'inferred', value: '1105.8', relation: 'plausibility' });
    expect(checked.readings[count].reason).toMatch(/每件95\.5\d元，不在1～50元之间/);
  });

  it('passes the classifier’s own readings of the sentence', () => {
    const { readings, plausibility } = classifyDetailed(tokens, none);
    expect(plausibility).toEqual([]);
    expect(readings.map((r) => r.relation)).not.toContain('plausibility');
  });
});

describe('growth words speak of the rate in their own clause only', () => {
  it('does not read “与2021年的4.7%相比，2022年的全球通胀率大幅度提升” as a large 2021 rate', () => {
    const tokens = blockTokens(
      '据国际货币基金组织（IMF）估算，2022年世界平均消费物价指数增长88%，与2021年的47%相比，2022年的全球通胀率大幅度提升，达到21世纪以来的最高水平。',
      '3',
    );
    const { readings } = withPick(tokens, '47', '4.7');
    expect(checkPlausibility(buildItems(tokens).items, readings).findings).toEqual([]);
  });
});
