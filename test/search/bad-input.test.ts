import { describe, expect, it } from 'vitest';
import { search } from '@/lib/search/search';
import { FIXTURE_DIR, indexFor } from './helpers';

const { index } = indexFor(FIXTURE_DIR);

describe('bad input never errors', () => {
  it.each([
    ['empty', ''],
    ['whitespace', ' \t\u3000\n'],
    ['not a string', 42],
    ['undefined', undefined],
  ])('%s → the empty state', (_name, input) => {
    expect(search(index, input)).toMatchObject({ query: '', total: 0, results: [] });
  });

  it('searches the first value of a repeated URL parameter', () => {
    const response = search(index, ['跨境电商', 'x']);
    expect(response.query).toBe('跨境电商');
    expect(response.total).toBe(search(index, '跨境电商').total);
    expect(response.total).toBeGreaterThan(0);
  });

  it('treats empty and whitespace queries as the empty state', () => {
    expect(search(index, '   ')).toMatchObject({ query: '', terms: [], total: 0, results: [], chapters: [] });
  });

  it('truncates a query over 100 characters and says so', () => {
    const response = search(index, '电'.repeat(150));
    expect(response.truncated).toBe(true);
    expect(response.query).toHaveLength(100);
    expect(response.note).toMatch(/100/);
    expect(search(index, '电'.repeat(100)).truncated).toBe(false);
  });

  it.each([
    ['control characters', '跨境\u0000电商\u0007'],
    ['HTML', '<script>alert(1)</script>'],
    ['regex metacharacters', '.*+?^${}()|[]\\'],
    ['emoji', '🛒跨境电商👍'],
    ['a lone surrogate', '\uD83D跨境'],
    ['an unmatched quote', '"跨境电商'],
    ['only quotes', '""""'],
  ])('handles %s as text', (_name, input) => {
    const response = search(index, input);
    for (const r of response.results) expect(r.snippet.length).toBeGreaterThan(0);
  });

  it('matches regex metacharacters literally, never as patterns', () => {
    expect(search(index, '.*').total).toBe(0);
    expect(search(index, '(RCEP)').total).toBe(1);
  });

  it('searches an unmatched quote as a phrase running to the end', () => {
    expect(search(index, '"跨境电商').terms).toEqual(['跨境电商']);
  });
});
