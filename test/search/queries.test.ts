import { describe, expect, it } from 'vitest';
import { normalizeQuery } from '@/lib/search/normalize';
import { search } from '@/lib/search/search';
import queries from './queries.json';
import { CORPUS_DIR, indexFor, resultKeys, truthKeys } from './helpers';

const { index } = indexFor(CORPUS_DIR);

/** The test's own reading of a query: a quoted phrase is one word, otherwise words split at spaces. */
function wordsOf(q: string): string[] {
  const n = normalizeQuery(q);
  const quoted = /^(?:"(.*)"|“(.*)”|「(.*)」|『(.*)』)$/.exec(n);
  return quoted ? [quoted.slice(1).find((x) => x !== undefined)!] : n.split(' ').filter(Boolean);
}

describe(`the committed query set (${queries.length} queries) against substring truth`, () => {
  it('has at least 60 queries of every promised kind', () => {
    expect(queries.length).toBeGreaterThanOrEqual(60);
    const kinds = new Set(queries.map((q) => q.kind));
    for (const kind of ['common', 'rare', 'subword', 'latin', 'number', 'multi', 'phrase', 'absent']) expect(kinds).toContain(kind);
  });

  it.each(queries)('$kind: $q returns exactly the units containing every word', ({ q }) => {
    const response = search(index, q, { exact: true });
    const truth = truthKeys(index.docs, wordsOf(q));
    expect(resultKeys(response.results)).toEqual(truth);
    expect(response.total).toBe(truth.length);
  });

  it('finds something for every query not meant to be absent, and nothing for the absent ones', () => {
    const empty = queries.filter((q) => q.kind !== 'absent' && search(index, q.q).total === 0).map((q) => q.q);
    expect(empty).toEqual([]);
    for (const q of queries.filter((x) => x.kind === 'absent')) expect(search(index, q.q).total).toBe(0);
  });
});
