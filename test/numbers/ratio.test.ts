import { describe, expect, it } from 'vitest';
import { classifyNumbers } from '@/lib/numbers/classify';
import { blockTokens, readingOf, report } from './helpers';

const none = { corrections: [] };

// Chapter 4 states the whole (网民规模 10.67亿); chapter 1 states the parts and their shares.
const NETIZENS =
  '根据中国互联网络信息中心发布的第51次«中国互联网络发展状况统计报告»，截至2022年12月，我国网民规模达1067亿，较2021年12月增长3549万，互联网普及率达756%。其中，城镇网民规模为759亿，农村网民规模为308亿。';
const SHOPPERS = '截至2022年12月，我国网络购物用户规模达845亿，较2021年12月增长319万，占网民整体的792%。';
const LIVE =
  '截至2022年12月，我国直播电商用户规模为515亿，较2021年12月增长5105万，已占网民整体的482%，消费者通过直播电商购买商品已成为一种常态。';
const MEDICAL = '截至2021年12月，我国在线医疗用户规模达298亿，占网民整体的285%。';

describe('a share equals the ratio of two stated values, across chapters', () => {
  it('settles 79.2 %: 8.45亿 online shoppers of 10.67亿 netizens (chapter 1 over chapter 4)', () => {
    const tokens = report(blockTokens(SHOPPERS, '1'), blockTokens(NETIZENS, '4'));
    const readings = classifyNumbers(tokens, none);
    const share = readingOf(tokens, readings, '占网民整体的');
    expect(share).toMatchObject({ status: 'settled', value: '79.2', relation: 'ratio' });
    expect(share.reason).toContain('10.67');
  });

  it('settles both the users and the share when only the whole is fixed: 5.15亿 / 10.67亿 = 48.2 %', () => {
    // 51.5亿 would be 482.7 % of the netizens; 5.15亿 with 4.82 % fits nothing: one assignment remains.
    const tokens = report(blockTokens(LIVE, '1'), blockTokens(NETIZENS, '4'));
    const readings = classifyNumbers(tokens, none);
    expect(readingOf(tokens, readings, '直播电商用户规模为')).toMatchObject({ status: 'settled', value: '5.15' });
    expect(readingOf(tokens, readings, '已占网民整体的')).toMatchObject({ status: 'settled', value: '48.2' });
  });

  it('does not divide a 2021 figure by a 2022 whole', () => {
    const tokens = report(blockTokens(MEDICAL, '1'), blockTokens(NETIZENS, '4'));
    const readings = classifyNumbers(tokens, none);
    expect(readingOf(tokens, readings, '占网民整体的').relation).not.toBe('ratio');
  });

  it('leaves a ratio open when both values can shift together (10427 / 70128 = 14.9 % at any scale)', () => {
    const tokens = blockTokens(
      '2022年，我国软件和信息技术服务业运行稳步向好，信息技术服务收入70128亿元，同比增长117%，占全行业收入比重为649%。其中，云服务、大数据服务共实现收入10427亿元，同比增长87%，占信息技术服务收入的149%；电子商务平台技术服务收入11044亿元，同比增长185%。',
      '2',
    );
    const readings = classifyNumbers(tokens, none);
    expect(readingOf(tokens, readings, '信息技术服务收入').status).toBe('inferred');
    expect(readingOf(tokens, readings, '占信息技术服务收入的').status).toBe('inferred');
  });
});
