import { describe, expect, it } from 'vitest';
import { classifyNumbers } from '@/lib/numbers/classify';
import { listDecimalRelations } from '@/lib/numbers/find-list-decimals';
import { buildItems } from '@/lib/numbers/items';
import { membersOf } from '@/lib/numbers/relation';
import { blockTokens, readingOf } from './helpers';

const none = { corrections: [] };

// Chapter 9, 9.1.1: the central region's three largest provinces, as shares of the national total.
const CENTRAL =
  '在中部地区，河南省、安徽省、江西省排名前三，网络零售额占比分别为207%、203%和16%，实物商品网络零售额占比分别为201%、207%和166%。';

describe('one 分别 list is printed to one format', () => {
  it('finds one format relation and one share cap per list', () => {
    const relations = listDecimalRelations(buildItems(blockTokens(CENTRAL, '9')).items);
    expect(relations.map((r) => [r.kind, membersOf(r)])).toEqual([
      ['list-decimals', [0, 1, 2]],
      ['share-cap', [0, 1, 2]],
      ['list-decimals', [3, 4, 5]],
      ['share-cap', [3, 4, 5]],
    ]);
  });

  it('settles nothing alone: the whole list can shift its decimal points together', () => {
    const readings = classifyNumbers(blockTokens(CENTRAL, '9'), none);
    expect(readings.every((r) => r.status === 'inferred')).toBe(true);
    expect(readings.some((r) => /位数一致|只有这一种/.test(r.reason ?? ''))).toBe(false);
  });

  it('carries a confirmed member’s format to the others of its list (实物: 2.01 → 2.07、1.66)', () => {
    const tokens = blockTokens(CENTRAL, '9');
    const corrections = [
      { context: '实物商品网络零售额占比分别为201%', raw: '201', value: '2.01', reason: '审校核定（测试）', basis: 'argument' as const },
    ];
    const readings = classifyNumbers(tokens, { corrections });
    // This list is not in rank order (2.01 < 2.07), so only its format ties its members.
    expect(readingOf(tokens, readings, '实物商品网络零售额占比分别为201%、')).toMatchObject({
      status: 'settled',
      value: '2.07',
      relation: 'list-decimals',
    });
    expect(readingOf(tokens, readings, '实物商品网络零售额占比分别为201%、207%和')).toMatchObject({
      status: 'settled',
      value: '1.66',
      relation: 'list-decimals',
    });
    expect(readingOf(tokens, readings, '实物商品网络零售额占比分别为201%、207%和').reason).toContain('位数一致');
    // The first list of the sentence is its own format: still open.
    expect(readingOf(tokens, readings, '网络零售额占比分别为').status).toBe('inferred');
  });

  it('reads 16 beside a confirmed 2.07 % as 1.6 % (rank and format agree; 1.60 with its zero unprinted)', () => {
    const tokens = blockTokens(CENTRAL, '9');
    const corrections = [
      { context: '网络零售额占比分别为207%', raw: '207', value: '2.07', reason: '审校核定（测试）', basis: 'argument' as const },
    ];
    const readings = classifyNumbers(tokens, { corrections });
    expect(readingOf(tokens, readings, '网络零售额占比分别为207%、203%和')).toMatchObject({ status: 'settled', value: '1.6' });
  });

  it('leaves a kept leading zero out of the format: “占全国比重分别为181%、122%和061%”', () => {
    const tokens = blockTokens('在西部地区，四川省、重庆市和陕西省的网络零售额排名前三，占全国比重分别为181%、122%和061%。', '9');
    const relations = listDecimalRelations(buildItems(tokens).items);
    expect(relations.find((r) => r.kind === 'list-decimals')).toBeDefined();
    const readings = classifyNumbers(tokens, none);
    expect(readings[2]).toMatchObject({ status: 'settled', value: '0.61', relation: 'rule' });
  });
});

describe('shares of one whole listed member by member add up to 100 % at most', () => {
  it('reads chapter 4’s rural top three as 27.6 %, 18.3 % and 8.5 % (85 % would make more than the whole)', () => {
    const tokens = blockTokens(
      '分品类看，农村网络零售额的前三名的品类分别为服装鞋帽针纺织品、日用品和粮油食品，分别占农村实物商品网络零售额的276%、183%和85%。',
      '4',
    );
    const cap = listDecimalRelations(buildItems(tokens).items).find((r) => r.kind === 'share-cap');
    expect(cap && membersOf(cap)).toEqual([0, 1, 2]);
    const readings = classifyNumbers(tokens, none);
    expect(readings.map((r) => r.value)).toEqual(['27.6', '18.3', '8.5']);
    const sum = readings.reduce((s, r) => s + Number(r.value), 0);
    expect(sum).toBeLessThanOrEqual(100);
  });
});
