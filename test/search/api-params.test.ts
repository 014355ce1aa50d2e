import { describe, expect, it } from 'vitest';
import { parseSearchParams } from '@/lib/search/api-params';

const parse = (qs: string) => parseSearchParams(new URLSearchParams(qs));

describe('GET /api/search parameters', () => {
  it('accepts a query with or without a limit', () => {
    expect(parse('q=跨境电商')).toEqual({ ok: true, q: '跨境电商', limit: undefined });
    expect(parse('q=RCEP&limit=8')).toEqual({ ok: true, q: 'RCEP', limit: 8 });
    expect(parse('q=')).toEqual({ ok: true, q: '', limit: undefined });
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
  ])('rejects %s', (_name, qs) => {
    expect(parse(qs).ok).toBe(false);
  });
});
