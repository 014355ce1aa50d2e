/**
 * Query segmentation against the index's own vocabulary (greedy longest match), as Material for
 * MkDocs and docusaurus-search-local do: no dictionary at query time, and every multi-character query
 * token is an index token by construction. Unknown characters fall out as single characters; the
 * exact substring pass, not the word index, is what guarantees they are still found.
 */

export interface Vocabulary {
  words: Set<string>;
  maxLength: number;
}

export function makeVocabulary(words: Iterable<string>): Vocabulary {
  const set = new Set<string>();
  let maxLength = 1;
  for (const w of words) {
    if (!w) continue;
    set.add(w);
    if (w.length > maxLength) maxLength = w.length;
  }
  return { words: set, maxLength };
}

/** Splits normalised text into vocabulary tokens; spaces separate and are dropped. */
export function segment(text: string, vocab: Vocabulary): string[] {
  const tokens: string[] = [];
  for (const run of text.split(' ')) {
    let i = 0;
    while (i < run.length) {
      let taken = '';
      for (let len = Math.min(vocab.maxLength, run.length - i); len >= 1; len--) {
        const candidate = run.slice(i, i + len);
        if (vocab.words.has(candidate)) {
          taken = candidate;
          break;
        }
      }
      if (!taken) taken = String.fromCodePoint(run.codePointAt(i)!);
      tokens.push(taken);
      i += taken.length;
    }
  }
  return tokens;
}

/** Tokens worth indexing: punctuation and symbols alone carry no meaning for a word index. */
export function isIndexable(token: string): boolean {
  return /[\p{L}\p{N}]/u.test(token);
}
