import { describe, expect, it } from 'vitest';
import { classifyNumbers } from '@/lib/numbers/classify';
import { blockTokens, readingOf, report } from './helpers';

const none = { corrections: [] };

describe('the same quantity stated in 亿 and in 万亿', () => {
  it('settles both statements when only one scale fits (constructed: the report itself never restates one)', () => {
    // Chapter 1's sentence, and the same 网上零售额 as the statistics bulletin words it in 亿元.
    const tokens = report(
      blockTokens('国家统计局数据显示，2022年，全国网上零售额达1379万亿元，按可比口径计算，比上年增长40%（见图1-2）。', '1'),
      blockTokens('2022年，全国网上零售额137853亿元，比上年增长40%。', '2'),
    );
    const readings = classifyNumbers(tokens, none);
    expect(readingOf(tokens, readings, '全国网上零售额达')).toMatchObject({ status: 'settled', value: '13.79', relation: 'restated' });
    // 137853亿 = 13.79万亿: proven to have no decimal point.
    expect(readingOf(tokens, readings, '全国网上零售额')).toMatchObject({ status: 'settled', value: '137853' });
  });

  it('does not take different subjects for one quantity (农产品 vs 农村 网络零售额)', () => {
    const tokens = report(
      blockTokens('2022年，全国农村网络零售额达217万亿元，同比增长36%。', '1'),
      blockTokens('商务大数据监测显示，全国农产品网络零售额53138亿元，同比增长92%。', '1'),
    );
    const readings = classifyNumbers(tokens, none);
    expect(readings.some((r) => r.relation === 'restated')).toBe(false);
  });
});
