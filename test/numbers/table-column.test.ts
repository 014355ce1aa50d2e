import { describe, expect, it } from 'vitest';
import { classifyNumbers } from '@/lib/numbers/classify';
import { tableTokens } from './helpers';

// 表1-1 2022年全国网络零售市场各品类零售额占比及同比增速, as its rows stand in the source
// (columns: 商品品类 | 网络零售额占比（%） | 网络零售额同比增长（%）).
const TABLE_1_1 = [
  '服装鞋帽、针纺织品 2262% 260%',
  '日用品 1462% 330%',
  '家用电器和音像器材 1034% 770%',
  '通讯器材 745% 740%',
  '粮油、食品 732% 1560%',
  '化妆品 641% 640%',
  '文化办公用品 634% 1010%',
  '家具 533% -250%',
  '体育、娱乐用品 365% 1080%',
  '其他商品 298% 850%',
  '五金、电料 265% 760%',
  '金银珠宝 225% 2730%',
  '建筑及装潢材料 199% 1640%',
  '汽车 151% -660%',
  '饮料 126% 1430%',
  '中西药品 123% 4360%',
  '书报杂志 102% 430%',
  '烟酒 100% 1910%',
  '电子出版物及音像制品 003% -240%',
];

const none = { corrections: [] };

describe('table 1-1', () => {
  const tokens = tableTokens('tbl-1-1', TABLE_1_1);
  const readings = classifyNumbers(tokens, none);
  const column = (c: number) => readings.filter((_, i) => tokens[i].table!.column === c);

  it('settles every share of the 占比 column: read with two decimals they sum to 100 %, and no other way', () => {
    const shares = column(1);
    expect(shares.map((r) => r.value)).toEqual([
      '22.62',
      '14.62',
      '10.34',
      '7.45',
      '7.32',
      '6.41',
      '6.34',
      '5.33',
      '3.65',
      '2.98',
      '2.65',
      '2.25',
      '1.99',
      '1.51',
      '1.26',
      '1.23',
      '1.02',
      '1.00',
      '0.03',
    ]);
    const total = shares.reduce((s, r) => s + Number(r.value), 0);
    expect(Math.abs(total - 100)).toBeLessThan(0.1);
    expect(shares.slice(0, -1).every((r) => r.status === 'settled' && r.relation === 'table-column')).toBe(true);
    expect(shares[17].reason).toContain('合计应为100%');
  });

  it('reads 烟酒 100 as 1.00 %, not 100 %: the column’s sum proves it', () => {
    expect(column(1)[17]).toMatchObject({ value: '1.00', status: 'settled' });
  });

  it('never sums the growth column (it has negative cells) and leaves it inferred', () => {
    const growth = column(2);
    expect(growth.every((r) => r.status === 'inferred')).toBe(true);
    expect(growth.every((r) => r.relation === 'convention')).toBe(true);
  });

  it('infers the growth column with the table’s own two decimals, not the prose habit of one', () => {
    const growth = column(2);
    expect(growth.slice(0, 3).map((r) => r.value)).toEqual(['2.60', '3.30', '7.70']);
    expect(growth[15].value).toBe('43.60');
    expect(growth[0].reason).toContain('表中');
  });

  it('would not settle a share column that does not add up (a misread column settles nothing)', () => {
    const broken = tableTokens(
      'tbl-x',
      TABLE_1_1.map((row, i) => (i === 0 ? '服装鞋帽、针纺织品 2962% 260%' : row)),
    );
    const shares = classifyNumbers(broken, none).filter((_, i) => broken[i].table!.column === 1);
    expect(shares.some((r) => r.relation === 'table-column')).toBe(false);
  });
});
