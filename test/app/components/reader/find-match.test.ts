import { describe, expect, it } from 'vitest';
import { findMatches, fold } from '@/app/components/reader/find-match';
import { findTerms as findTermsWith, isRawDigits } from '@/app/components/reader/find-terms';
import { toSimplified } from '@/lib/text/to-simplified';

const findTerms = (query: string) => findTermsWith(query, toSimplified);

describe('the find bar matches as a reader expects', () => {
  it('folds full-width digits and letters and Latin case', () => {
    expect(fold('２０２２年ＲＣＥＰ')).toBe('2022年rcep');
    expect(findMatches(['区域全面经济伙伴关系协定（RCEP）'], 'ｒｃｅｐ')).toHaveLength(1);
  });

  it('finds a phrase that crosses inline elements (a marked number inside it)', () => {
    const segments = ['全国电子商务交易额达', '43.83', '万亿元，按可比口径计算'];
    const [m] = findMatches(segments, '达43.83万亿');
    expect(m.start).toEqual({ segment: 0, offset: 9 });
    expect(m.end).toEqual({ segment: 2, offset: 2 });
  });

  it('never matches across a block boundary', () => {
    expect(findMatches(['网络零售', null, '额'], '零售额')).toHaveLength(0);
  });

  it('counts every occurrence, without overlaps', () => {
    const text = '电子商务交易额、电子商务服务业、跨境电子商务';
    expect(findMatches([text], '电子商务')).toHaveLength(3);
    expect(findMatches(['aaaa'], 'aa')).toHaveLength(2);
  });

  it('ends a match at the end of its own segment, not at the start of the next', () => {
    const [m] = findMatches(['见图1-1', '。'], '图1-1');
    expect(m.end).toEqual({ segment: 0, offset: 5 });
  });
});

describe('the find bar reads a query as a reader means it', () => {
  it('takes space-separated words as separate terms, ideographic spaces included, without repeats', () => {
    expect(findTerms('直播 电商')).toEqual(['直播', '电商']);
    expect(findTerms('  直播\u3000电商  直播 ')).toEqual(['直播', '电商']);
    expect(findTerms('RCEP ｒｃｅｐ')).toEqual(['RCEP']);
    expect(findTerms('   ')).toEqual([]);
  });

  it('turns traditional characters into the simplified ones the report prints', () => {
    expect(findTerms('電商 跨境電子商務')).toEqual(['电商', '跨境电子商务']);
  });

  it("recognises a number mark's raw digits in half or full width, and nothing else", () => {
    // 1.1.1: 全国电子商务交易额达43.83万亿元, printed ４３８３ in the source.
    expect(isRawDigits('4383', '４３８３')).toBe(true);
    expect(isRawDigits('４３８３', '４３８３')).toBe(true);
    expect(isRawDigits('43.83', '４３８３')).toBe(false);
    expect(isRawDigits('438', '４３８３')).toBe(false);
    expect(isRawDigits('', '')).toBe(false);
  });
});
