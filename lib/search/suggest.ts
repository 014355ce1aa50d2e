/**
 * "Did you mean": on zero or few results, report terms the reader may have meant — one character
 * off (电子商物 → 电子商务, 跨竟电商 → 跨境电商) over the report's own words, or typed as pinyin, in full or
 * by initials (kuajing, kjds → 跨境电商). Only ever offered as links: nothing is substituted silently.
 */
import type { SearchArtifact } from './types';

/** Fewer results than this, and words found in fewer units than this, ask for suggestions. */
export const FEW_RESULTS = 3;
export const MAX_SUGGESTIONS = 4;
/** Pinyin shorter than this is too ambiguous to complete (`ku` starts hundreds of words). */
const MIN_PREFIX = 4;

export type SuggestData = SearchArtifact['suggest'];

interface Lookup {
  index: Map<string, number>;
  /** A term with one character replaced by U+0000 → terms: substitutions in one lookup. */
  oneReplaced: Map<string, number[]>;
  /** A term with one character removed → terms: what a query missing one character matches. */
  oneRemoved: Map<string, number[]>;
  /** Full pinyin → terms, initials → terms. */
  byPinyin: Map<string, number[]>;
  byInitials: Map<string, number[]>;
  /** Term ids sorted by pinyin: the terms whose pinyin starts with a prefix are one range. */
  pinyinOrder: number[];
}

const lookups = new WeakMap<SuggestData, Lookup>();

/** Built on the first query that needs it: most queries find plenty and never pay for this. */
function lookupFor(data: SuggestData): Lookup {
  let l = lookups.get(data);
  if (l) return l;
  l = {
    index: new Map(data.terms.map((t, i) => [t, i])),
    oneReplaced: new Map(),
    oneRemoved: new Map(),
    byPinyin: new Map(),
    byInitials: new Map(),
    pinyinOrder: data.terms
      .map((_, i) => i)
      .sort((a, b) => (data.pinyin[a] < data.pinyin[b] ? -1 : data.pinyin[a] > data.pinyin[b] ? 1 : a - b)),
  };
  const add = (map: Map<string, number[]>, key: string, i: number) => {
    const list = map.get(key);
    if (list) list.push(i);
    else map.set(key, [i]);
  };
  data.terms.forEach((term, i) => {
    const chars = Array.from(term);
    chars.forEach((_, at) => {
      add(l!.oneReplaced, [...chars.slice(0, at), '\u0000', ...chars.slice(at + 1)].join(''), i);
      add(l!.oneRemoved, [...chars.slice(0, at), ...chars.slice(at + 1)].join(''), i);
    });
    add(l!.byPinyin, data.pinyin[i], i);
    add(l!.byInitials, data.initials[i], i);
  });
  lookups.set(data, l);
  return l;
}

export interface Candidate {
  suggestion: string;
  reason: 'typo' | 'pinyin' | 'initials';
}

/** Report terms for one typed word, best first. */
export function suggestWord(word: string, data: SuggestData, limit = MAX_SUGGESTIONS): Candidate[] {
  if (/^[a-z]{2,40}$/.test(word)) return byPinyin(word, data, limit);
  if (/^[\u4e00-\u9fff]{2,12}$/.test(word)) return byOneEdit(word, data, limit);
  return [];
}

function byPinyin(word: string, data: SuggestData, limit: number): Candidate[] {
  const l = lookupFor(data);
  const found: { i: number; rank: number; reason: Candidate['reason'] }[] = [];
  const taken = new Set<number>();
  const take = (i: number, rank: number, reason: Candidate['reason']) => {
    if (taken.has(i)) return;
    taken.add(i);
    found.push({ i, rank, reason });
  };
  for (const i of l.byPinyin.get(word) ?? []) take(i, 0, 'pinyin');
  if (word.length <= 8) for (const i of l.byInitials.get(word) ?? []) take(i, 1, 'initials');
  if (word.length >= MIN_PREFIX) {
    const order = l.pinyinOrder;
    let lo = 0;
    let hi = order.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (data.pinyin[order[mid]] < word) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < order.length && data.pinyin[order[k]].startsWith(word); k++) take(order[k], 2, 'pinyin');
  }
  return found
    .sort((a, b) => a.rank - b.rank || data.frequency[b.i] - data.frequency[a.i] || a.i - b.i)
    .slice(0, limit)
    .map((f) => ({ suggestion: data.terms[f.i], reason: f.reason }));
}

function byOneEdit(word: string, data: SuggestData, limit: number): Candidate[] {
  const l = lookupFor(data);
  const found = new Set<number>();
  // The word is all BMP ideographs (suggestWord checked), so UTF-16 offsets are characters.
  for (let at = 0; at < word.length; at++) {
    // One character wrong, or one too many.
    for (const i of l.oneReplaced.get(`${word.slice(0, at)}\u0000${word.slice(at + 1)}`) ?? []) found.add(i);
    if (word.length > 2) {
      const i = l.index.get(word.slice(0, at) + word.slice(at + 1));
      if (i !== undefined) found.add(i);
    }
  }
  // One character missing.
  for (const i of l.oneRemoved.get(word) ?? []) found.add(i);
  found.delete(l.index.get(word) ?? -1);
  return [...found]
    .sort((a, b) => data.frequency[b] - data.frequency[a] || a - b)
    .slice(0, limit)
    .map((i) => ({ suggestion: data.terms[i], reason: 'typo' as const }));
}
