import { describe, expect, it } from 'vitest';
import { classifyNumbers } from '@/lib/numbers/classify';
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
