/**
 * The FlexSearch 0.8 word index over pre-segmented text. Its default encoder would cut digit runs
 * into triplets and dedupe repeated letters (2022 → 202); ours only splits on the spaces the
 * segmenter put there, so index tokens and query tokens are the same strings.
 */
import FlexSearch from 'flexsearch';

const split = (s: string): string[] => s.split(' ').filter(Boolean);

export type WordIndex = InstanceType<typeof FlexSearch.Index>;

export function createWordIndex(): WordIndex {
  return new FlexSearch.Index({ tokenize: 'strict', encode: split, resolution: 9 });
}

export function exportWordIndex(index: WordIndex): Record<string, string> {
  const out: Record<string, string> = {};
  index.export((key, data) => {
    out[key] = data;
  });
  return out;
}

export function importWordIndex(data: Record<string, string>): WordIndex {
  const index = createWordIndex();
  for (const [key, value] of Object.entries(data)) index.import(key, value);
  return index;
}

/** Document ids in FlexSearch's rank order, for sections holding every token. */
export function rankedIds(index: WordIndex, tokens: string[]): number[] {
  if (tokens.length === 0) return [];
  return index.search(tokens.join(' '), { limit: 10_000 }) as number[];
}
