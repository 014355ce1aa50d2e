import { describe, expect, it } from 'vitest';
import { classifyNumbers } from '@/lib/numbers/classify';
import { blockTokens, readingOf, report } from './helpers';

const none = { corrections: [] };

// Chapter 1, 1.1.3: the whole's growth, then the regional shares and growth rates (figure 1-8).
const WHOLE = '从农产品品类看，商务大数据监测显示，全国农产品网络零售额53138亿元，同比增长92%，增速较2021年提升64个百分点。';
const REGIONS =
  '从地区情况看，东、中、西部和东北地区农产品网络零售额占全国农村网络零售额比重分别为6435%、1463%、1524%和578%，同比增速分别为83%、51%、170%和112%（见图1-8）。';

describe('regional shares and growth rates imply the whole’s growth', () => {
  it('settles the four regional growth rates and the national 9.2 %', () => {
    const tokens = report(blockTokens(WHOLE), blockTokens(REGIONS, '1', 10));
    const readings = classifyNumbers(tokens, none);
    const growth = readings.filter((_, i) => tokens[i].before.includes('同比增速分别为'));
    expect(growth.map((r) => r.value)).toEqual(['8.3', '5.1', '17.0', '11.2']);
    expect(growth.every((r) => r.status === 'settled' && r.relation === 'share-growth')).toBe(true);
    expect(readingOf(tokens, readings, '亿元，同比增长'.replace('亿元', '53138亿元'))).toMatchObject({ status: 'settled', value: '9.2' });
  });

  it('needs the whole’s growth: without it the regional growth rates stay inferred', () => {
    const tokens = blockTokens(REGIONS);
    const readings = classifyNumbers(tokens, none);
    expect(readings.filter((r) => r.relation === 'share-growth')).toEqual([]);
  });
});

describe('one growth rate per region in the next sentence', () => {
  it('settles chapter 4’s rural growth rates against the national 3.6 %', () => {
    const tokens = report(
      blockTokens('2022年全国农村网络零售额为217万亿元，同比增长36%。', '4'),
      blockTokens(
        '分地区看，东、中、西部和东北地区农村网络零售额占全国比重分别为776%、140%、63%和22%。从零售额增速看，东部地区同比增长18%，中部地区同比增长120%，西部地区同比增长57%，东北地区同比增长153%（见图4-4）。',
        '4',
        10,
      ),
    );
    const readings = classifyNumbers(tokens, none);
    const growth = readings.filter((_, i) => /地区同比增长$/.test(tokens[i].before));
    expect(growth.map((r) => r.value)).toEqual(['1.8', '12.0', '5.7', '15.3']);
    expect(growth.every((r) => r.status === 'settled')).toBe(true);
  });
});
