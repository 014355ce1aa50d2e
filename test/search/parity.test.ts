import { describe, expect, it } from 'vitest';
import { normalize, normalizeQuery } from '@/lib/search/normalize';
import { segment } from '@/lib/search/segment';
import queries from './queries.json';
import { CORPUS_DIR, indexFor } from './helpers';

const { index } = indexFor(CORPUS_DIR);
/** Every token the word index holds, as loaded from the artifact. */
const vocab = [...index.vocab.words];

describe('tokenizer parity between index and query', () => {
  it('indexes only normalised tokens, so query normalisation reaches them', () => {
    const unstable = vocab.filter((t) => normalize(t) !== t || t.includes(' '));
    expect(unstable).toEqual([]);
  });

  it('segments every index token into itself', () => {
    const broken = vocab.filter((t) => {
      const tokens = segment(t, index.vocab);
      return tokens.length !== 1 || tokens[0] !== t;
    });
    expect(broken).toEqual([]);
  });

  it('produces only index tokens (or single characters) for queries and headings', () => {
    const inputs = [...queries.map((q) => q.q), ...index.docs.map((d) => d.heading)];
    for (const input of inputs) {
      for (const token of segment(normalizeQuery(input).replace(/"/g, ' '), index.vocab)) {
        if (Array.from(token).length > 1) expect(index.vocab.words.has(token), `${token} in ${input}`).toBe(true);
      }
    }
  });

  it('keeps Latin words and numbers whole in the index (RCEP, B2B, 2022)', () => {
    for (const t of ['rcep', 'b2b', '2022']) expect(vocab).toContain(t);
  });

  it('teaches jieba the report’s quoted terms', () => {
    expect(vocab).toContain('数商兴农');
    expect(segment('数商兴农', index.vocab)).toEqual(['数商兴农']);
  });
});
