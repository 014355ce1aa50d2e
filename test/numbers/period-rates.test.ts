import { describe, expect, it } from 'vitest';
import { classifyNumbers } from '@/lib/numbers/classify';
import { periodRateRelations } from '@/lib/numbers/find-period-rates';
import { buildItems } from '@/lib/numbers/items';
import { membersOf } from '@/lib/numbers/relation';
import { blockTokens, readingOf } from './helpers';

const none = { corrections: [] };

describe('a daily figure times the days of its period is the period’s figure', () => {
  it('settles chapter 6’s 3.3亿件 a day and proves 1000亿件 a year has no decimal point', () => {
    const tokens = blockTokens(
      '根据国家邮政局快递大数据平台显示，我国快递业日均业务量超过33亿件，2022年全年快递业务量已突破1000亿件。',
      '6',
    );
    const readings = classifyNumbers(tokens, none);
    // 33亿件 a day would be 12000亿件 a year; 100.0 or 10.00亿件 a year would be 30 or 3 days of 3.3亿件.
    expect(readingOf(tokens, readings, '日均业务量超过')).toMatchObject({ status: 'settled', value: '3.3', relation: 'period-rate' });
    expect(readingOf(tokens, readings, '快递业务量已突破')).toMatchObject({ status: 'settled', value: '1000', relation: 'period-rate' });
    expect(readings[0].reason).toMatch(/全年数等于日均数乘以天数.*≈ 303天/);
  });

  it('does not pair a daily figure with a figure of a month', () => {
    const tokens = blockTokens(
      '2022年9月，某跨境社交拼团平台上线一个月内，日均商品交易总额（GMV）突破了150万美元，入驻商家数量近3万个。',
      '3',
    );
    const readings = classifyNumbers(tokens, none);
    expect(readings.filter((r) => r.relation === 'period-rate')).toEqual([]);
  });
});

describe('two daily figures of one year imply the same number of days', () => {
  const passage =
    '2022年，人民币跨境支付系统处理业务44004万笔，金额9670万亿元，同比分别增长3168%和2148%，日均处理业务177万笔，金额388338亿元，跨境消费仍是电子支付行业最重要增长点。';

  it('settles nothing, because every pair still fits when its two figures shift together', () => {
    const tokens = blockTokens(passage, '2');
    // One relation over both pairs (payments with payments, 元 with 元) …
    expect(periodRateRelations(buildItems(tokens).items).map(membersOf)).toEqual([[0, 4, 1, 5]]);
    const readings = classifyNumbers(tokens, none);
    expect(readings.filter((r) => r.status === 'settled')).toEqual([]);
    expect(readings.some((r) => /只有这一种小数点位置/.test(r.reason ?? ''))).toBe(false);
  });

  it('makes inferred readings agree: the payments and the amounts give the same number of days', () => {
    const tokens = blockTokens(passage, '2');
    const readings = classifyNumbers(tokens, none);
    const value = (lead: string) => Number(readingOf(tokens, readings, lead).value);
    const paymentDays = value('系统处理业务') / value('日均处理业务');
    const amountDays = (value('万笔，金额') * 1e4) / value('177万笔，金额');
    expect(paymentDays).toBeGreaterThan(200);
    expect(paymentDays).toBeLessThan(366);
    expect(Math.abs(amountDays - paymentDays)).toBeLessThan(2);
    expect(readings.some((r) => r.reason?.includes('折合相同的天数'))).toBe(true);
  });

  it('changes the less certain pick: 万亿 amounts print two decimals, so 96.70万亿元 stays and the daily amount reads 3883.38亿元', () => {
    const tokens = blockTokens(passage, '2');
    const readings = classifyNumbers(tokens, none);
    expect(readingOf(tokens, readings, '万笔，金额')).toMatchObject({ status: 'inferred', value: '96.70' });
    expect(readingOf(tokens, readings, '177万笔，金额')).toMatchObject({ status: 'inferred', value: '3883.38' });
  });
});

describe('a daily figure and the period’s figure in the next sentence', () => {
  const passage =
    '行政村快递服务覆盖率达95%。每天，农村地区有超过1亿多件包裹进出。2022年上半年，我国农村地区揽收和投递快递包裹总量219亿件，与上年同期基本持平。';

  it('proves chapter 4’s half-year 219亿件 has no decimal point: more than 1亿 a day for half a year', () => {
    const tokens = blockTokens(passage, '4');
    expect(periodRateRelations(buildItems(tokens).items).map(membersOf)).toEqual([[2, 1]]);
    const readings = classifyNumbers(tokens, none);
    // 21.9亿件 would be about 22 days of “超过1亿多件” a day, 2.19亿件 two days.
    expect(readingOf(tokens, readings, '快递包裹总量')).toMatchObject({ status: 'settled', value: '219', relation: 'period-rate' });
    expect(readingOf(tokens, readings, '快递包裹总量').reason).toContain('上半年数等于日均数乘以天数');
  });

  it('pairs only neighbouring sentences that speak of the same thing', () => {
    const tokens = blockTokens('每天，农村地区有超过1亿多件包裹进出。截至2022年6月底，全国共建成各类农村快递服务站点267万个。', '4');
    expect(periodRateRelations(buildItems(tokens).items)).toEqual([]);
  });
});
