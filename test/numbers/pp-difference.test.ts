import { describe, expect, it } from 'vitest';
import { classifyNumbers } from '@/lib/numbers/classify';
import { blockTokens, readingOf, report } from './helpers';

const none = { corrections: [] };

const CH1 =
  '国家统计局数据显示，2022年，全国实物商品网上零售额1196万亿元，同比增长62%，高出社会消费品零售总额增速64个百分点，占社会消费品零售总额的比重为272%。';
const CH2 =
  '2022年，我国社会消费品零售总额4397万亿元，同比下降02%，增速比上年同期下降127个百分点，虽然实物商品网上零售额仍取得62%的正增长，但增长率较上年明显下降。';

describe('a 个百分点 gap equals the difference of two rates', () => {
  it('settles 6.2 % and 6.4 points against the −0.2 % stated in chapter 2', () => {
    const tokens = report(blockTokens(CH1, '1'), blockTokens(CH2, '2'));
    const readings = classifyNumbers(tokens, none);
    const gap = readingOf(tokens, readings, '高出社会消费品零售总额增速');
    expect(gap).toMatchObject({ status: 'settled', value: '6.4', relation: 'pp-difference' });
    expect(readingOf(tokens, readings, '实物商品网上零售额1196万亿元，同比增长')).toMatchObject({ status: 'settled', value: '6.2' });
    // 6.2 − (−0.2): the sign comes from 下降.
    expect(gap.reason).toContain('下降0.2%');
  });

  it('does not settle the gap without the other rate (增速比上年同期下降12.7个百分点: last year’s rate is not stated)', () => {
    const tokens = blockTokens(CH2, '2');
    const readings = classifyNumbers(tokens, none);
    expect(readingOf(tokens, readings, '增速比上年同期下降').status).toBe('inferred');
  });
});
