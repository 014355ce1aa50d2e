import { describe, expect, it } from 'vitest';
import { classifyNumbers } from '@/lib/numbers/classify';
import { rankWordRelations } from '@/lib/numbers/find-rank-words';
import { buildItems } from '@/lib/numbers/items';
import { membersOf } from '@/lib/numbers/relation';
import { blockTokens, readingOf, report } from './helpers';

const none = { corrections: [] };

// Chapter 4, 4.1.1: the whole, then its fastest-growing categories.
const WHOLE =
  '2022年，面对复杂多变的市场环境，农村网络零售市场依然保持了增长势头。根据商务大数据监测，2022年全国农村网络零售额为217万亿元，占全国网络零售总额的1574%，同比增长36%。';
const FASTEST =
  '分品类看，农村网络零售额的前三名的品类分别为服装鞋帽针纺织品、日用品和粮油食品，分别占农村实物商品网络零售额的276%、183%和85%。在增速方面，农村网络零售额增长最快的前三个品类分别是中西药品、建筑及装潢材料和烟酒，同比增速分别为573%、413%和263%（见图4-3）。';

describe('“增长最快的前三” orders its members and puts the fastest above the whole', () => {
  const tokens = report(blockTokens(WHOLE, '4'), blockTokens(FASTEST, '4', 10));

  it('finds the whole’s 3.6 % by name and the three rates', () => {
    const whole = tokens.findIndex((t) => t.raw === '36');
    const rates = ['573', '413', '263'].map((raw) => tokens.findIndex((t) => t.raw === raw));
    expect(rankWordRelations(buildItems(tokens).items).map(membersOf)).toEqual([[whole, ...rates]]);
  });

  it('keeps the fastest category above the whole and the three in order', () => {
    const readings = classifyNumbers(tokens, none);
    const value = (lead: string) => Number(readingOf(tokens, readings, lead).value);
    const rates = [value('同比增速分别为'), value('同比增速分别为573%、'), value('同比增速分别为573%、413%和')];
    expect(rates).toEqual([...rates].sort((a, b) => b - a));
    expect(rates[0]).toBeGreaterThanOrEqual(value('占全国网络零售总额的1574%，同比增长'));
  });

  it('settles nothing: the order holds at every common scale', () => {
    const readings = classifyNumbers(tokens, none);
    expect(readings.filter((r) => r.relation === 'rank-words')).toEqual([]);
  });
});

describe('the “主力军” has the largest share', () => {
  const passage =
    '有研究显示，2022年国内某电子商务平台帮助超过10万名创作者实现了农资转化，在该平台三农带货达人中，“90后”已经成为主力军，占比达45%，而“80后”“70后”的电子商务“新农人”占比分别达到32%和10%。';

  it('relates 45 % to 32 % and 10 %, and reads them on one scale', () => {
    const tokens = blockTokens(passage, '4');
    const shares = ['45', '32', '10'].map((raw) => tokens.findIndex((t) => t.raw === raw && t.unit === '%'));
    expect(rankWordRelations(buildItems(tokens).items).map(membersOf)).toEqual([shares]);
    const readings = classifyNumbers(tokens, none);
    const [main, ...rest] = shares.map((i) => Number(readings[i].value));
    expect(rest.every((v) => v <= main)).toBe(true);
    expect(main + rest.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(100);
    expect(shares.every((i) => readings[i].status === 'inferred')).toBe(true);
  });
});
