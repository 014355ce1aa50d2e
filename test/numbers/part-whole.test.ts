import { describe, expect, it } from 'vitest';
import { classifyNumbers } from '@/lib/numbers/classify';
import { partWholeRelations } from '@/lib/numbers/find-part-whole';
import { buildItems } from '@/lib/numbers/items';
import { membersOf } from '@/lib/numbers/relation';
import { blockTokens, readingOf, report } from './helpers';

const none = { corrections: [] };

// Chapter 1, 1.1.2: the regions' shares of national online retail.
const REGIONS =
  '从地区情况看，东、中、西和东北地区网络零售额占全国比重分别为8392%、887%、573%和148%，同比增速分别为38%、87%、30%和132%（见图1-4）。';
// Chapter 9, 9.1.1: each region's largest provinces.
const CENTRAL =
  '在中部地区，河南省、安徽省、江西省排名前三，网络零售额占比分别为207%、203%和16%，实物商品网络零售额占比分别为201%、207%和166%。从增速看，江西省网络零售市场发展较快，网络零售额同比增长143%，位居中部地区首位（见图9-2）。';
const WEST =
  '在西部地区，四川省、重庆市和陕西省的网络零售额排名前三，占全国比重分别为181%、122%和061%，实物商品网络零售额在全国占比分别为174%、102%和056%；从增速看，青海省、内蒙古自治区和西藏自治区网络零售额同比增长较快，分别为169%、162%和13%（见图9-3）。';

describe('provinces cannot hold more of the national total than their region', () => {
  const tokens = report(blockTokens(REGIONS, '1'), blockTokens(CENTRAL, '9', 100), blockTokens(WEST, '9', 200));
  const index = (lead: string) => tokens.findIndex((t) => t.before.endsWith(lead));

  it('pairs each region’s provinces (网络零售额 only, not 实物商品网络零售额) with the region’s share in chapter 1', () => {
    const central = [index('网络零售额占比分别为'), index('网络零售额占比分别为207%、'), index('网络零售额占比分别为207%、203%和')];
    const west = [
      index('排名前三，占全国比重分别为'),
      index('排名前三，占全国比重分别为181%、'),
      index('排名前三，占全国比重分别为181%、122%和'),
    ];
    expect(partWholeRelations(buildItems(tokens).items).map(membersOf)).toEqual([
      [index('网络零售额占全国比重分别为8392%、'), ...central],
      [index('网络零售额占全国比重分别为8392%、887%、'), ...west],
    ]);
  });

  it('settles 河南 2.07 %, 安徽 2.03 %, 江西 1.6 % against the central region’s 8.87 % (20.7 % alone would exceed it)', () => {
    const readings = classifyNumbers(tokens, none);
    expect(readingOf(tokens, readings, '网络零售额占比分别为')).toMatchObject({ status: 'settled', value: '2.07', relation: 'part-whole' });
    expect(readingOf(tokens, readings, '网络零售额占比分别为207%、')).toMatchObject({ status: 'settled', value: '2.03' });
    expect(readingOf(tokens, readings, '网络零售额占比分别为207%、203%和')).toMatchObject({ status: 'settled', value: '1.6' });
    expect(readingOf(tokens, readings, '网络零售额占比分别为').reason).toContain('不能超过该地区的占比');
  });

  it('settles 四川 1.81 % and 重庆 1.22 % against the western region’s 5.73 %', () => {
    const readings = classifyNumbers(tokens, none);
    expect(readingOf(tokens, readings, '排名前三，占全国比重分别为')).toMatchObject({
      status: 'settled',
      value: '1.81',
      relation: 'part-whole',
    });
    expect(readingOf(tokens, readings, '排名前三，占全国比重分别为181%、')).toMatchObject({ status: 'settled', value: '1.22' });
  });

  it('needs the region’s share: chapter 9 alone settles none of them', () => {
    const alone = report(blockTokens(CENTRAL, '9'), blockTokens(WEST, '9', 100));
    expect(partWholeRelations(buildItems(alone).items)).toEqual([]);
  });
});

describe('one part after 其中 is no larger than its whole', () => {
  const passage =
    '从市场主体看，截至2022年底，商务大数据重点监测的网络零售平台店铺数量达244807万家，同比增长112%，其中，实物商品店铺数达131934万家，同比增长177%。';

  it('relates 实物商品店铺数 to 店铺数量 and settles nothing: both can shift together', () => {
    const tokens = blockTokens(passage);
    expect(partWholeRelations(buildItems(tokens).items).map(membersOf)).toEqual([[2, 0]]);
    const readings = classifyNumbers(tokens, none);
    expect(readings.filter((r) => r.relation === 'part-whole')).toEqual([]);
    expect(Number(readings[2].value)).toBeLessThanOrEqual(Number(readings[0].value));
  });
});
