import { describe, expect, it } from 'vitest';
import { parseSearchParams } from '@/lib/search/api-params';

const parse = (qs: string) => parseSearchParams(new URLSearchParams(qs));
const none = { limit: undefined, offset: undefined, chapter: undefined, exact: false };

describe('GET /api/search parameters', () => {
  it('accepts a query with or without limit, offset, chapter and exact', () => {
    expect(parse('q=跨境电商')).toEqual({ ok: true, q: '跨境电商', ...none });
    expect(parse('q=RCEP&limit=8')).toEqual({ ok: true, q: 'RCEP', ...none, limit: 8 });
    expect(parse('q=')).toEqual({ ok: true, q: '', ...none });
    expect(parse('q=电商&offset=20&limit=10&chapter=appendix-b&exact=1')).toEqual({
      ok: true,
      q: '电商',
      limit: 10,
      offset: 20,
      chapter: 'appendix-b',
      exact: true,
    });
    expect(parse('q=电商&exact=0&offset=0')).toEqual({ ok: true, q: '电商', ...none, offset: 0 });
  });

  it.each([
    ['no q', ''],
    ['q twice', 'q=a&q=b'],
    ['limit not a number', 'q=a&limit=ten'],
    ['negative limit', 'q=a&limit=-1'],
    ['zero limit', 'q=a&limit=0'],
    ['fractional limit', 'q=a&limit=1.5'],
    ['huge limit', 'q=a&limit=99999'],
    ['limit twice', 'q=a&limit=1&limit=2'],
    ['absurdly long q', `q=${'a'.repeat(2001)}`],
    ['negative offset', 'q=a&offset=-1'],
    ['huge offset', 'q=a&offset=99999'],
    ['offset twice', 'q=a&offset=1&offset=2'],
    ['a chapter that is no slug', 'q=a&chapter=../etc'],
    ['exact not 0 or 1', 'q=a&exact=yes'],
  ])('rejects %s', (_name, qs) => {
    expect(parse(qs).ok).toBe(false);
  });
});
