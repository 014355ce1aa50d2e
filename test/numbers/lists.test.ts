import { describe, expect, it } from 'vitest';
import { classifyNumbers } from '@/lib/numbers/classify';
import { blockTokens } from './helpers';

const none = { corrections: [] };

describe('shares listed with 分别为 add up to 100 %', () => {
  it('settles the four regional shares of chapter 1 (83.92 + 8.87 + 5.73 + 1.48 = 100)', () => {
    const tokens = blockTokens(
      '从地区情况看，东、中、西和东北地区网络零售额占全国比重分别为8392%、887%、573%和148%，同比增速分别为38%、87%、30%和132%（见图1-4）。',
    );
    const readings = classifyNumbers(tokens, none);
    expect(readings.slice(0, 4).map((r) => r.value)).toEqual(['83.92', '8.87', '5.73', '1.48']);
    expect(readings.slice(1, 4).every((r) => r.status === 'settled' && r.relation === 'share-list')).toBe(true);
    expect(readings[1].reason).toContain('合计应为100%');
    // The growth rates in the same sentence are not shares of anything: never settled by the sum.
    expect(readings.slice(4).every((r) => r.status === 'inferred')).toBe(true);
  });

  it('settles shares of a partition even after 其中 (courier volumes: 11.6 + 86.6 + 1.8)', () => {
    const tokens = blockTokens(
      '2022年，全国快递业务量累计完成11058亿件，同比增长21%；快递业务收入累计完成105667亿元，同比增长23%（见图1-12）。其中，同城、异地、国际/港澳台快递业务量分别占全部快递业务量的116%、866%和18%；东、中、西部地区快递业务量比重分别为768%、157%和75%。',
    );
    const readings = classifyNumbers(tokens, none);
    const byRaw = (raw: string) => readings[tokens.findIndex((t) => t.raw === raw && t.unit === '%' && t.before.includes('快递业务量的'))];
    expect(byRaw('116')).toMatchObject({ value: '11.6', status: 'settled' });
    expect(byRaw('866')).toMatchObject({ value: '86.6', status: 'settled' });
    expect(byRaw('18')).toMatchObject({ value: '1.8', status: 'settled' });
    expect(readings.slice(-3).map((r) => r.value)).toEqual(['76.8', '15.7', '7.5']);
  });

  it('does not sum a top-three list to 100: 排名前三 names only some of the parts', () => {
    const tokens = blockTokens(
      '休闲食品、粮油和滋补食品销售额排名前三，占比分别为1729%、1573%和1192%；滋补食品、奶类、粮油、肉禽蛋和调味品五种品类同比增速超过100%（见图1-7）。',
    );
    const readings = classifyNumbers(tokens, none);
    expect(readings.slice(0, 3).every((r) => r.relation !== 'share-list')).toBe(true);
  });
});

describe('ranked lists are in descending order', () => {
  it('puts 683 after 25.51 % and 22.87 % as 6.83 % (排名前三)', () => {
    const tokens = blockTokens(
      '服装鞋帽针纺织品、日用品、五金电料网络零售店铺数排名前三，分别占实物商品店铺数的2551%、2287%和683%（见图1-3）。',
    );
    const readings = classifyNumbers(tokens, none);
    expect(readings[2]).toMatchObject({ status: 'settled', value: '6.83', relation: 'ranked' });
    expect(readings[2].reason).toContain('从大到小');
  });

  it('applies a ranking only to the list it introduces, not to the next list in the sentence', () => {
    // The three provinces rank by 网络零售额; their 实物商品 shares (2.01, 2.07, 1.66) are not in order.
    const tokens = blockTokens(
      '在中部地区，河南省、安徽省、江西省排名前三，网络零售额占比分别为207%、203%和16%，实物商品网络零售额占比分别为201%、207%和166%。',
      '9',
    );
    const readings = classifyNumbers(tokens, none);
    expect(readings.slice(3).some((r) => r.relation === 'ranked')).toBe(false);
    expect(readings.slice(3).every((r) => r.status !== 'settled')).toBe(true);
  });
});
