import { describe, expect, it } from 'vitest';
import { grades, ndcgAt, precisionAt } from '@/lib/search/metrics';

const judged = grades({ q: 'x', want: ['a'], also: ['b', 'c'] });

describe('ranking metrics', () => {
  it('precision@3 counts relevant results of either grade among the first three', () => {
    expect(precisionAt(['a', 'b', 'c', 'd'], judged, 3)).toBe(1);
    expect(precisionAt(['d', 'a', 'e'], judged, 3)).toBeCloseTo(1 / 3);
    expect(precisionAt([], judged, 3)).toBe(0);
  });

  it('nDCG@5 is 1 for the ideal order and less when the wanted unit comes later', () => {
    expect(ndcgAt(['a', 'b', 'c'], judged, 5)).toBeCloseTo(1);
    expect(ndcgAt(['b', 'c', 'a'], judged, 5)).toBeLessThan(ndcgAt(['a', 'c', 'b'], judged, 5));
    expect(ndcgAt(['x', 'y'], judged, 5)).toBe(0);
  });
});
