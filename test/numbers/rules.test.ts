import { describe, expect, it } from 'vitest';
import { classifyNumbers } from '@/lib/numbers/classify';
import { plausibleCandidates } from '@/lib/numbers/candidates';
import { blockTokens, readingOf } from './helpers';

// Passages from content/source/china-ecommerce-report-2022.txt, cleaned to the token form by hand.
const none = { corrections: [] };

function classify(text: string, part = '1') {
  const tokens = blockTokens(text, part);
  return { tokens, readings: classifyNumbers(tokens, none) };
}

describe('context-free rules', () => {
  it('offers at most two decimals after a non-zero integer part, and only the point after a kept zero', () => {
    expect(plausibleCandidates('4383').map((c) => c.text)).toEqual(['4383', '438.3', '43.83']);
    expect(plausibleCandidates('003').map((c) => c.text)).toEqual(['0.03']);
    expect(plausibleCandidates('-250').map((c) => c.text)).toEqual(['-250', '-25.0', '-2.50']);
  });

  it('keeps a leading zero and puts the point right after it (chapter 2: 同比下降0.2%)', () => {
    const { tokens, readings } = classify('2022年，我国社会消费品零售总额4397万亿元，同比下降02%，增速比上年同期下降127个百分点。', '2');
    const r = readingOf(tokens, readings, '同比下降');
    expect(r).toMatchObject({ status: 'settled', value: '0.2', relation: 'rule' });
  });

  it('reads a single digit as it stands: a lost point always leaves two or more digits', () => {
    const { tokens, readings } = classify('电子商务从业人数超170万人，2021年电子商务交易额超7万亿元。');
    expect(readingOf(tokens, readings, '交易额超')).toMatchObject({ status: 'settled', value: '7' });
  });

  it('settles a four-digit share: more than 100 % is impossible and at most two decimals are printed', () => {
    const { tokens, readings } = classify(
      '服装鞋帽针纺织品、日用品、五金电料网络零售店铺数排名前三，分别占实物商品店铺数的2551%、2287%和683%（见图1-3）。',
    );
    expect(readingOf(tokens, readings, '店铺数的')).toMatchObject({ status: 'settled', value: '25.51', relation: 'rule' });
  });

  it('settles a percentage of five digits, whatever it measures (appendix: 159.82 %)', () => {
    const { tokens, readings } = classify('跨境电商进出口额同比增长15982%。', 'appendix-b');
    expect(readings[0]).toMatchObject({ status: 'settled', value: '159.82' });
    expect(tokens).toHaveLength(1);
  });

  it('excludes 万亿 integers of three or more digits but leaves 438.3 and 43.83 open', () => {
    const { readings } = classify('2022年，全国电子商务交易额达4383万亿元，按可比口径计算，比上年增长35%。');
    expect(readings[0].status).toBe('inferred');
    expect(['438.3', '43.83']).toContain(readings[0].value);
  });

  it('settles 8.45亿 online shoppers: 84.5亿 would exceed the world population', () => {
    const { tokens, readings } = classify('截至2022年12月，我国网络购物用户规模达845亿，较2021年12月增长319万，占网民整体的792%。');
    expect(readingOf(tokens, readings, '用户规模达')).toMatchObject({ status: 'settled', value: '8.45' });
  });

  it('does not settle a two-digit growth rate by rule (3.5 % or 35 % both possible)', () => {
    const { tokens, readings } = classify('全国电子商务交易额达4383万亿元，按可比口径计算，比上年增长35%。');
    expect(readingOf(tokens, readings, '比上年增长').status).toBe('inferred');
  });
});

describe('unit-less values the producer may pass (unit "")', () => {
  it('settles PUE readings: at least 1 and below 3 (“数据中心PUE可低至109” → 1.09)', () => {
    const token = {
      id: 'num-6-1',
      part: '6',
      section: null,
      raw: '109',
      unit: '',
      before: '集群，数据中心PUE可低至',
      after: '；其旗下物流网络科技公司',
    };
    expect(classifyNumbers([token], none)[0]).toMatchObject({ status: 'settled', value: '1.09', relation: 'rule' });
    const small = { ...token, id: 'num-6-2', raw: '12', before: '已成为国内第一个平均能源利用率（PUE）小于', after: '的超大型数据中心' };
    expect(classifyNumbers([small], none)[0]).toMatchObject({ status: 'settled', value: '1.2' });
  });
});

describe('count-like cases', () => {
  it('reads a count in whole things as an integer, should the producer pass one (221个院校)', () => {
    const token = { id: 'num-8-1', part: '8', section: null, raw: '221', unit: '个', before: '', after: '院校开设网络营销与直播电商专业' };
    expect(classifyNumbers([token], none)[0]).toMatchObject({ status: 'settled', value: '221', relation: 'rule' });
  });

  it('does not take 万个 for a count: 3.6万个 family farms has its point', () => {
    const { readings } = classify(
      '截至2022年底，农业农村部已支持约36万个家庭农场、农民合作社、农村集体经济组织建设69万个产地冷藏保鲜设施。',
    );
    expect(readings[0].status).toBe('inferred');
  });
});
