import { describe, expect, it } from 'vitest';
import { decodeTokens, encodeTokens, indexedText } from '@/lib/search/tokens';
import { CORPUS_DIR, indexFor } from './helpers';

// Chapter 1's heading 1.1.1 as the reader shows it, cut into words with the separators left out.
const HEADING = '1.1.1 全国电子商务交易额达43.83万亿元';
const CUTS = ['1.1', '1', '全国', '电子商务', '交易额', '达', '43.83', '万亿元'];

describe('the artifact carries each unit’s tokens as offsets', () => {
  it('round-trips tokens with gaps (spaces, punctuation) between them', () => {
    const encoded = encodeTokens(HEADING, CUTS);
    expect(encoded).toBe('3 1.1 1.2 4 3 1 5 3');
    expect(decodeTokens(HEADING, encoded)).toEqual(CUTS);
  });

  it('refuses a token that is not next in the text, and tokens that overrun it', () => {
    expect(() => encodeTokens(HEADING, ['万亿元', '全国'])).toThrow(/does not occur/);
    expect(() => decodeTokens('电子商务', '3 2')).toThrow(/npm run build:index/);
  });

  it('rebuilds a word index that finds what the segmenter cut, and only indexed tokens', () => {
    const { artifact, index } = indexFor(CORPUS_DIR);
    const first = decodeTokens(indexedText(artifact.docs[0]), artifact.tokens[0]);
    expect(first.length).toBeGreaterThan(0);
    for (const token of first) expect(index.vocab.words.has(token)).toBe(true);
    expect(index.words.search(first[0], { limit: 1000 })).toContain(0);
  });
});
