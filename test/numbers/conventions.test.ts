import { describe, expect, it } from 'vitest';
import { classifyNumbers } from '@/lib/numbers/classify';
import { blockTokens, readingOf, report } from './helpers';

const none = { corrections: [] };

describe('inferred readings follow the report’s conventions and are never shown as settled', () => {
  it('reads “同比增长30%左右” as 30 %: a round number marked by 左右', () => {
    const tokens = blockTokens('即时配送订单超过400亿单，同比增长30%左右。');
    const readings = classifyNumbers(tokens, none);
    expect(readingOf(tokens, readings, '同比增长')).toMatchObject({ status: 'inferred', value: '30' });
    expect(readingOf(tokens, readings, '订单超过')).toMatchObject({ status: 'inferred', value: '400' });
  });

  it('does not read “增速均超过190%” as 190 %: a growth above 100 % is no round-number habit', () => {
    const tokens = blockTokens('中西药品、金银珠宝、烟酒实现较快增长，同比增速均超过190%（见表1-1）。');
    const readings = classifyNumbers(tokens, none);
    expect(readings[0]).toMatchObject({ status: 'inferred', value: '19.0' });
  });

  it('gives growth rates one decimal by default (比上年增长35% → 3.5 %), marked inferred with a reason', () => {
    const tokens = blockTokens('2022年，全国电子商务交易额达4383万亿元，按可比口径计算，比上年增长35%。');
    const readings = classifyNumbers(tokens, none);
    const growth = readingOf(tokens, readings, '比上年增长');
    expect(growth).toMatchObject({ status: 'inferred', value: '3.5', relation: 'convention' });
    expect(growth.reason).toMatch(/1位小数/);
    expect(readingOf(tokens, readings, '交易额达')).toMatchObject({ status: 'inferred', value: '43.83' });
  });

  it('learns decimals from settled numbers: 万亿 amounts carry two', () => {
    const tokens = report(
      blockTokens(
        '海关总署数据显示，2022年我国跨境电商进出口额为211万亿元，同比增长98%，其中，出口额为155万亿元，同比增长117%，进口额为056万亿元，同比增长49%。',
      ),
      blockTokens('2022年，我国电子商务服务业营业收入达679万亿元，同比增长61%。', '2'),
    );
    const readings = classifyNumbers(tokens, none);
    const services = readingOf(tokens, readings, '电子商务服务业营业收入达');
    expect(services).toMatchObject({ status: 'inferred', value: '6.79' });
    expect(services.reason).toContain('本报告已确定的');
  });

  it('reads the other members of a list with the decimals of a settled member', () => {
    // 进口 0.56 is settled (kept zero); the growth list after 分别下降 follows the settled 0.40.
    const tokens = blockTokens('此外，非银行支付机构处理网络支付业务1024181亿笔，金额33787万亿元，同比分别下降040%和495%。', '2');
    const readings = classifyNumbers(tokens, none);
    expect(readings.map((r) => r.value)).toEqual(['10241.81', '337.87', '0.40', '4.95']);
    expect(readings[3]).toMatchObject({ status: 'inferred' });
    expect(readings[3].reason).toContain('同一列举');
  });
});

describe('habits that only ever infer', () => {
  it('reads a two-digit rate standing alone as a whole percentage (行政村快递服务覆盖率达95%)', () => {
    const tokens = blockTokens('行政村快递服务覆盖率达95%。', '4');
    expect(classifyNumbers(tokens, none)[0]).toMatchObject({ status: 'inferred', value: '95' });
  });

  it('reads a CNNIC netizen increment as whole 万 (较2021年12月增长3549万)', () => {
    const tokens = blockTokens('截至2022年12月，我国网民规模达1067亿，较2021年12月增长3549万，互联网普及率达756%。', '4');
    const readings = classifyNumbers(tokens, none);
    expect(readingOf(tokens, readings, '较2021年12月增长')).toMatchObject({ status: 'inferred', value: '3549' });
    expect(readingOf(tokens, readings, '互联网普及率达')).toMatchObject({ status: 'inferred', value: '75.6' });
  });

  it('reads 增长率 as a growth rate, not a share (美国…消费物价指数增长率约为8.1%)', () => {
    const tokens = blockTokens('据IMF测算，2022年美国全年平均消费物价指数增长率约为81%，为40年来最高水平。', '3');
    expect(classifyNumbers(tokens, none)[0]).toMatchObject({ status: 'inferred', value: '8.1' });
  });
});
