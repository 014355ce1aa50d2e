import { describe, expect, it } from 'vitest';
import { search } from '@/lib/search/search';
import { CORPUS_DIR, indexFor, keyOf, truth } from './helpers';

const { index } = indexFor(CORPUS_DIR);
const keys = (q: string) => search(index, q, { exact: true }).results.map(keyOf).sort();
const truthOf = (has: string[], hasNot: string[] = []) => {
  const without = hasNot.length ? new Set(hasNot.flatMap((w) => [...truth(index.docs, [w])])) : new Set<number>();
  return [...truth(index.docs, has)]
    .filter((i) => !without.has(i))
    .map((i) => keyOf(index.docs[i]))
    .sort();
};

describe('query syntax on the report', () => {
  it('excludes units containing a -word', () => {
    expect(keys('电子商务 -跨境')).toEqual(truthOf(['电子商务'], ['跨境']));
    expect(keys('电子商务 -跨境').length).toBeGreaterThan(0);
    expect(keys('农村电商 -"数商兴农" -直播')).toEqual(truthOf(['农村电商'], ['数商兴农', '直播']));
  });

  it('ANDs words separated by ，and 、 as by spaces', () => {
    expect(keys('跨境电商，海外仓')).toEqual(truthOf(['跨境电商', '海外仓']));
    expect(keys('跨境电商、海外仓')).toEqual(keys('跨境电商 海外仓'));
  });

  it('finds the same units for every kind of quotes', () => {
    const plain = keys('"网上年货节"');
    expect(plain.length).toBeGreaterThan(0);
    for (const q of ['“网上年货节”', '「网上年货节」', '『网上年货节』']) expect(keys(q), q).toEqual(plain);
  });

  it('finds for a traditional query what the simplified one finds, and says it converted', () => {
    for (const [traditional, simplified] of [
      ['電子商務', '电子商务'],
      ['跨境電商', '跨境电商'],
      ['數字經濟', '数字经济'],
    ]) {
      const response = search(index, traditional);
      expect(response.total, traditional).toBeGreaterThan(0);
      expect(response.results.map(keyOf)).toEqual(search(index, simplified).results.map(keyOf));
      expect(response.note).toContain(simplified);
    }
  });
});
