import { describe, expect, it } from 'vitest';
import { classifyNumbers } from '@/lib/numbers/classify';
import { blockTokens, readingOf, report } from './helpers';

const none = { corrections: [] };

describe('parts add up to a stated total', () => {
  it('settles cross-border e-commerce: 1.55 (exports) + 0.56 (imports) = 2.11万亿元', () => {
    const tokens = blockTokens(
      '海关总署数据显示，2022年我国跨境电商进出口额为211万亿元，同比增长98%，其中，出口额为155万亿元，同比增长117%，进口额为056万亿元，同比增长49%。',
    );
    const readings = classifyNumbers(tokens, none);
    expect(readingOf(tokens, readings, '进出口额为')).toMatchObject({ value: '2.11', status: 'settled', relation: 'parts-sum' });
    expect(readingOf(tokens, readings, '其中，出口额为')).toMatchObject({ value: '1.55', status: 'settled' });
    expect(readingOf(tokens, readings, '进口额为')).toMatchObject({ value: '0.56', relation: 'rule' });
    expect(readingOf(tokens, readings, '进出口额为').reason).toContain('1.55 + 0.56');
  });

  it('settles urban and rural netizens from the settled total: 7.59 + 3.08 = 10.67亿', () => {
    const tokens = blockTokens(
      '截至2022年12月，我国网民规模达1067亿，较2021年12月增长3549万，互联网普及率达756%。其中，城镇网民规模为759亿，农村网民规模为308亿。',
      '4',
    );
    const readings = classifyNumbers(tokens, none);
    expect(readingOf(tokens, readings, '城镇网民规模为')).toMatchObject({ value: '7.59', status: 'settled', relation: 'parts-sum' });
    expect(readingOf(tokens, readings, '农村网民规模为')).toMatchObject({ value: '3.08', status: 'settled' });
    // The increment 3549万 is not a part of the total.
    expect(readingOf(tokens, readings, '较2021年12月增长').relation).not.toBe('parts-sum');
  });

  it('settles a 合计 after a list: 24.74 + 15.36 + 11.91 = 52.01 %', () => {
    const tokens = blockTokens(
      '在东部地区，广东省、浙江省和北京市网络零售额排名前三，占全国网络零售额比重（以下简称“占比”）分别为2474%、1536%和1191%，合计达5201%。',
      '9',
    );
    const readings = classifyNumbers(tokens, none);
    expect(readings.map((r) => r.value)).toEqual(['24.74', '15.36', '11.91', '52.01']);
  });

  it('does not settle parts whose scale the text leaves open (B2B + B2C + C2C = 153815, at any scale)', () => {
    const tokens = report(
      blockTokens(
        '2022年，中国电子商务交易服务营业收入达153815亿元，B2B、B2C和C2C平台服务营业收入规模分别为21745亿元、78899亿元和53171亿元（见图2-3）。',
        '2',
      ),
    );
    const readings = classifyNumbers(tokens, none);
    expect(readings.every((r) => r.status === 'inferred')).toBe(true);
  });

  it('treats a 其中 list that does not add up as no evidence at all', () => {
    // Bank e-payments: online + mobile (1021.26 + 1585.07亿笔) is less than the total 2789.65: other channels exist.
    const tokens = blockTokens(
      '2022年，银行共处理电子支付业务278965亿笔，金额311013万亿元。其中，网上支付业务102126亿笔，同比下降015%，金额252795万亿元，同比增长739%；移动支付业务158507亿笔，同比增长481%，金额49962万亿元，同比下降519%。',
      '2',
    );
    const readings = classifyNumbers(tokens, none);
    expect(readings.filter((r) => r.relation === 'parts-sum')).toEqual([]);
  });
});

describe('inferred parts and totals are read at one scale', () => {
  it('reads 132070亿元 as 13207.0 because its parts read 7889.9 and 5317.1', () => {
    const tokens = blockTokens(
      '2022年，网络零售平台服务营业收入规模稳步上升，达132070亿元，其中B2C和C2C的交易服务营业收入分别为78899亿元和53171亿元，较2021年分别增长19%和276%。',
      '2',
    );
    const readings = classifyNumbers(tokens, none);
    expect(readings.slice(0, 3).map((r) => r.value)).toEqual(['13207.0', '7889.9', '5317.1']);
    expect(readings.slice(0, 3).every((r) => r.status === 'inferred')).toBe(true);
    expect(readings[0].reason).toContain('为与文中关系一致');
  });
});
