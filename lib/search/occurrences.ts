/**
 * Where a form occurs, found from an index instead of by reading the texts: for every pair of
 * adjacent characters of the joined corpus, the offsets where it stands (built once when the index
 * loads). Every occurrence of a form of two or more characters holds each of its pairs at a fixed
 * distance from its start, so the offsets of its rarest pair, each checked with one startsWith(),
 * are exactly its occurrences: work in proportion to how often that pair occurs, not to how much
 * text the matching units hold. A single character has no pair: it is looked up with indexOf over
 * the corpus. Either way the answer is what an indexOf loop over each unit finds (non-overlapping,
 * left to right), so counts, hits and membership stay Ctrl+F's.
 */

import { type Arena, keepInts, takeInts } from './arena';

/** Pair keys, ascending, and where each key's offsets are in `offsets`. */
export interface PairOffsets {
  keys: Uint32Array;
  /** `from[k]` … `from[k + 1]`: the slice of `offsets` for `keys[k]`. */
  from: Int32Array;
  /** Corpus offsets, grouped by pair key, ascending within a key. */
  offsets: Int32Array;
}

/** Two UTF-16 units as one 32-bit key. */
const pairAt = (text: string, i: number) => ((text.charCodeAt(i) << 16) | text.charCodeAt(i + 1)) >>> 0;

/** Offsets below this fit beside a 32-bit pair key in one float64 exactly (2^32 · 2^21 = 2^53). */
const PACKED_LIMIT = 2 ** 21;

/** The separator between units (U+0000) never occurs in a query, so pairs holding it are left out. */
export function buildPairOffsets(corpus: string): PairOffsets {
  if (corpus.length >= PACKED_LIMIT) return buildByCounting(corpus);
  // key · 2^21 + offset for every pair, sorted natively: by key, then by offset (a few ms for the report).
  const packed = new Float64Array(Math.max(0, corpus.length - 1));
  let n = 0;
  for (let i = 0; i + 1 < corpus.length; i++) {
    if (corpus.charCodeAt(i) === 0 || corpus.charCodeAt(i + 1) === 0) continue;
    packed[n++] = pairAt(corpus, i) * PACKED_LIMIT + i;
  }
  const sorted = packed.subarray(0, n).sort();
  const offsets = new Int32Array(n);
  const keys: number[] = [];
  const from: number[] = [];
  for (let k = 0; k < n; k++) {
    const key = Math.floor(sorted[k] / PACKED_LIMIT);
    offsets[k] = sorted[k] - key * PACKED_LIMIT;
    if (keys.length === 0 || keys[keys.length - 1] !== key) {
      keys.push(key);
      from.push(k);
    }
  }
  from.push(n);
  return { keys: Uint32Array.from(keys), from: Int32Array.from(from), offsets };
}

/** The same by a counting sort through a Map: for a corpus too long to pack (exported for the test that both agree). */
export function buildByCounting(corpus: string): PairOffsets {
  const counts = new Map<number, number>();
  for (let i = 0; i + 1 < corpus.length; i++) {
    if (corpus.charCodeAt(i) === 0 || corpus.charCodeAt(i + 1) === 0) continue;
    const key = pairAt(corpus, i);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const keys = Uint32Array.from(counts.keys()).sort();
  const from = new Int32Array(keys.length + 1);
  for (let k = 0; k < keys.length; k++) {
    from[k + 1] = from[k] + counts.get(keys[k])!;
    counts.set(keys[k], from[k]); // from here on: the next free slot of the key
  }
  const offsets = new Int32Array(from[keys.length]);
  for (let i = 0; i + 1 < corpus.length; i++) {
    if (corpus.charCodeAt(i) === 0 || corpus.charCodeAt(i + 1) === 0) continue;
    const key = pairAt(corpus, i);
    const slot = counts.get(key)!;
    offsets[slot] = i;
    counts.set(key, slot + 1);
  }
  return { keys, from, offsets };
}

const EMPTY = new Int32Array(0);

/** The offsets of one pair (empty when the corpus never has it). */
export function offsetsOfPair(pairs: PairOffsets, key: number): Int32Array {
  const { keys } = pairs;
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keys[mid] < key) lo = mid + 1;
    else hi = mid;
  }
  return lo < keys.length && keys[lo] === key ? pairs.offsets.subarray(pairs.from[lo], pairs.from[lo + 1]) : EMPTY;
}

/**
 * Every occurrence of `form` in `corpus` (start offsets, ascending; a view into the index for a pair
 * of two different characters, so never written to), skipping overlaps as an indexOf
 * loop does (`at + form.length` on). Units are separated by a character no form holds, so no
 * occurrence spans two units, and skipping overlaps across the corpus is the same as within each unit.
 */
export function occurrences(corpus: string, pairs: PairOffsets, form: string, arena?: Arena): Int32Array {
  const length = form.length;
  if (length === 0) return EMPTY;
  if (length === 1) return scanned(corpus, form);
  // Two different characters: the pair's offsets are the occurrences (none can overlap another).
  if (length === 2 && form.charCodeAt(0) !== form.charCodeAt(1)) return offsetsOfPair(pairs, pairAt(form, 0));
  let rarest: Int32Array = EMPTY;
  let shift = 0;
  for (let i = 0; i + 1 < length; i++) {
    const list = offsetsOfPair(pairs, pairAt(form, i));
    if (list.length === 0) return EMPTY;
    if (i === 0 || list.length < rarest.length) {
      rarest = list;
      shift = i;
    }
  }
  const out = takeInts(arena, rarest.length);
  let n = 0;
  let free = 0;
  for (let k = 0; k < rarest.length; k++) {
    const start = rarest[k] - shift;
    if (start < free) continue; // overlaps the previous occurrence (or starts before the corpus)
    if (length === 2 || corpus.startsWith(form, start)) {
      out[n++] = start;
      free = start + length;
    }
  }
  return keepInts(arena, out, n);
}

function scanned(corpus: string, form: string): Int32Array {
  const found: number[] = [];
  for (let at = corpus.indexOf(form); at !== -1; at = corpus.indexOf(form, at + form.length)) found.push(at);
  return Int32Array.from(found);
}

/** The first index in the ascending `list` whose value is at least `value`. */
export function lowerBound(list: Int32Array, value: number, lo = 0): number {
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
