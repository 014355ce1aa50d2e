import { describe, expect, it } from 'vitest';
import { search } from '@/lib/search/search';
import { suggestWord } from '@/lib/search/suggest';
import { CORPUS_DIR, indexFor } from './helpers';

const { index } = indexFor(CORPUS_DIR);
const offered = (q: string) => search(index, q).suggestions.map((s) => s.suggestion);

describe('suggestions on zero or few results', () => {
  it('offer the report term one character away', () => {
    expect(offered('电子商物')[0]).toBe('电子商务');
    expect(offered('跨竟电商')[0]).toBe('跨境电商');
    expect(offered('农村电上')).toContain('农村电商');
    // One missing and one extra character.
    expect(suggestWord('跨境商', index.suggest).map((c) => c.suggestion)).toContain('跨境电商');
    expect(suggestWord('跨境电电商', index.suggest).map((c) => c.suggestion)).toContain('跨境电商');
  });

  it('read pinyin in full, as a prefix, and by initials', () => {
    expect(offered('kuajing')).toEqual(expect.arrayContaining(['跨境', '跨境电商']));
    expect(offered('kjds')[0]).toBe('跨境电商');
    expect(offered('shushangxingnong')[0]).toBe('数商兴农');
    expect(search(index, 'kjds').suggestions[0]).toMatchObject({
      reason: 'initials',
      query: '跨境电商',
      href: `/search?${new URLSearchParams({ q: '跨境电商' })}`,
    });
  });

  it('keep the other words of the query in the suggested query', () => {
    const [first] = search(index, '电子商物 海外仓 -农村').suggestions;
    expect(first.query).toBe('电子商务 海外仓 -农村');
    expect(search(index, first.query).total).toBeGreaterThan(0);
  });

  it('are never applied: the results stay those of what was typed', () => {
    const response = search(index, '电子商物');
    expect(response.total).toBe(0);
    expect(response.results).toEqual([]);
    expect(response.terms).toEqual(['电子商物']);
  });

  it('are not offered when the query finds plenty', () => {
    expect(search(index, '跨境电商').suggestions).toEqual([]);
    expect(search(index, 'RCEP').suggestions).toEqual([]);
  });

  it('only offer words of the report, each found by a search of its own', () => {
    for (const q of ['电子商物', '跨竟电商', 'kuajing', 'kjds', 'dianshang']) {
      for (const s of search(index, q).suggestions)
        expect(search(index, s.query, { exact: true }).total, `${q} → ${s.query}`).toBeGreaterThan(0);
    }
  });
});
