import { describe, expect, it } from 'vitest';
import { classifyNumbers } from '@/lib/numbers/classify';
import { boundRelations } from '@/lib/numbers/find-bounds';
import { buildItems } from '@/lib/numbers/items';
import { membersOf } from '@/lib/numbers/relation';
import { blockTokens, readingOf, report } from './helpers';

const none = { corrections: [] };

// Chapter 1, 1.1.3 names a floor for five categories; chapter 4, 4.1.2 gives three of them.
const FLOOR =
  '休闲食品、粮油和滋补食品销售额排名前三，占比分别为1729%、1573%和1192%；滋补食品、奶类、粮油、肉禽蛋和调味品五种品类同比增速超过100%（见图1-7）。';
const MEMBERS =
  '根据商务大数据监测，2022年全国农产品网络零售额达到53138亿元，同比增长92%，比2021年提高了64个百分点。农产品网络零售额排名前三的品类分别为休闲食品、粮油和滋补食品，占全国农产品网络零售额比重分别为173%、157%和119%。增长排名前三的品类为滋补食品、奶类和粮油，同比增速分别为288%、236%和15%（见图4-7）。';

describe('a floor stated for named members bounds them where they are stated', () => {
  const tokens = report(blockTokens(FLOOR, '1'), blockTokens(MEMBERS, '4'));
  const items = buildItems(tokens).items;

  it('finds chapter 4’s three growth rates under chapter 1’s floor, by name', () => {
    const floor = tokens.findIndex((t) => t.before.endsWith('五种品类同比增速超过'));
    const members = ['288', '236', '15'].map((raw) => tokens.findIndex((t) => t.raw === raw));
    expect(boundRelations(items).map(membersOf)).toEqual([[floor, ...members]]);
  });

  it('keeps the readings above the floor: 15 % (not 1.5 %) when the floor reads 10.0 %', () => {
    const readings = classifyNumbers(tokens, none);
    const floor = Number(readingOf(tokens, readings, '五种品类同比增速超过').value);
    for (const raw of ['288', '236', '15']) {
      const i = tokens.findIndex((t) => t.raw === raw);
      expect(Number(readings[i].value), raw).toBeGreaterThan(floor);
    }
  });

  it('settles nothing: the floor and its members can shift together', () => {
    const readings = classifyNumbers(tokens, none);
    expect(readings.filter((r) => r.relation === 'bound')).toEqual([]);
  });

  it('needs the names side by side in the list’s head: the shares of 休闲食品、粮油和滋补食品 are not growth rates', () => {
    const shares = tokens.findIndex((t) => t.raw === '173');
    expect(boundRelations(items).flatMap(membersOf)).not.toContain(shares);
  });
});

describe('a group floor whose members are stated nowhere else', () => {
  it('makes no relation of “中西药品、金银珠宝、烟酒实现较快增长，同比增速均超过190%”', () => {
    // Their rates are in table 1-1, whose cells carry no row names: no member is found, no relation made.
    const tokens = blockTokens('中西药品、金银珠宝、烟酒实现较快增长，同比增速均超过190%（见表1-1）。');
    expect(boundRelations(buildItems(tokens).items)).toEqual([]);
  });
});

describe('a bound and its list in one sentence', () => {
  it('is one relation, not one per wording (东南亚和拉美…增速超过20%的地区，分别达到26.2%和20.4%)', () => {
    const tokens = blockTokens('东南亚和拉美是仅有的电子商务增速超过20%的地区，分别达到262%和204%，远高于全球电子商务增速（122%）。', '3');
    expect(boundRelations(buildItems(tokens).items).map(membersOf)).toEqual([[0, 1, 2]]);
  });
});
