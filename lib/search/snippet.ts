/**
 * The snippet is the sentence holding the hits (cut at 。！？； or a line end), preferring the sentence
 * with the most distinct query words and body text over the heading line; an overlong sentence is
 * windowed around its first hit without splitting a Latin word or a number.
 */
import type { HitBuffer, HitSlice } from './hits';
import type { LoadedDoc } from './load';

export const MAX_SNIPPET = 140;

export interface Snippet {
  snippet: string;
  highlights: [number, number][];
}

/** The snippet of `doc` for its hits `slice` (of `hits`, in text order): the ranking's hits, not a second search. */
export function makeSnippet(doc: LoadedDoc, hits: HitBuffer, slice: HitSlice, termCount: number): Snippet {
  const text = doc.text;
  if (slice.to === slice.from) return { snippet: text.slice(0, MAX_SNIPPET), highlights: [] };
  const hitStarts = hits.start;
  const hitTerms = hits.term;
  const last = slice.to;

  const headingEnd = doc.heading ? doc.heading.length : 0;
  const toText = doc.toText;
  const bounds = doc.sentences;
  // Hits are in text order and sentences are contiguous: one pass groups hits by sentence, and it
  // stops at the first body sentence holding every word, so most units look at a few hits only.
  let bestScore = -1;
  let start = 0;
  let end = 0;
  let first = slice.from;
  const seen = termCount > 30 ? new Set<number>() : null;
  for (let i = slice.from; i < last; ) {
    const from = i;
    const sentence = sentenceOf(doc, toText[hitStarts[i]]);
    const sentenceStart = bounds[2 * sentence];
    const sentenceEnd = bounds[2 * sentence + 1];
    let mask = 0;
    seen?.clear();
    while (i < last && toText[hitStarts[i]] < sentenceEnd) {
      if (seen) seen.add(hitTerms[i]);
      else mask |= 1 << hitTerms[i];
      i++;
    }
    const distinct = seen ? seen.size : bitCount(mask);
    // Body sentences beat the heading line: the title is shown beside the snippet anyway.
    const score = distinct * 2 + (sentenceStart >= headingEnd ? 1 : 0);
    if (score > bestScore) {
      bestScore = score;
      start = sentenceStart;
      end = sentenceEnd;
      first = from;
    }
    if (distinct === termCount && sentenceStart >= headingEnd) break;
  }
  const firstStart = toText[hitStarts[first]];
  let prefix = '';
  let suffix = '';
  if (end - start > MAX_SNIPPET) {
    const from = Math.max(start, firstStart - 40);
    const to = Math.min(end, from + MAX_SNIPPET);
    if (from > start) prefix = '…';
    if (to < end) suffix = '…';
    start = wordBoundary(text, from, +1);
    end = wordBoundary(text, to, -1);
  }
  const highlights: [number, number][] = [];
  for (let h = slice.from; h < last; h++) {
    const hitStart = toText[hitStarts[h]];
    // Hits are in order of their start: none after this one reaches into the snippet.
    if (hitStart >= end) break;
    const a = Math.max(hitStart, start);
    const b = Math.min(textEnd(doc, hits.end[h]), end);
    if (a >= b) continue;
    const range: [number, number] = [a - start + prefix.length, b - start + prefix.length];
    const last = highlights[highlights.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else highlights.push(range);
  }
  return { snippet: prefix + text.slice(start, end) + suffix, highlights };
}

function bitCount(mask: number): number {
  let n = 0;
  for (let m = mask; m !== 0; m &= m - 1) n++;
  return n;
}

function textEnd(doc: LoadedDoc, normEnd: number): number {
  const at = doc.toText[normEnd - 1];
  const cp = doc.text.codePointAt(at) ?? 0;
  return at + (cp > 0xffff ? 2 : 1);
}

/** The sentence holding text offset `at`: the number of sentence ends at or before it (binary search). */
function sentenceOf(doc: LoadedDoc, at: number): number {
  const ends = doc.sentenceEnds;
  let lo = 0;
  let hi = ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ends[mid] <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Per sentence (as `sentenceOf` numbers them), its [start, end) in `text` without surrounding
 * whitespace or its line break, two numbers each: computed once when the index loads.
 */
export function sentenceBounds(text: string, ends: number[]): Int32Array {
  const bounds = new Int32Array(2 * (ends.length + 1));
  for (let lo = 0; lo <= ends.length; lo++) {
    let start = lo > 0 ? ends[lo - 1] : 0;
    let end = lo < ends.length ? ends[lo] : text.length;
    if (end > 0 && text[end - 1] === '\n') end--;
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    bounds[2 * lo] = start;
    bounds[2 * lo + 1] = end;
  }
  return bounds;
}

/** What /\s/ matches, without a regular expression per character. */
function isSpace(c: number): boolean {
  return (
    c === 0x20 ||
    (c >= 0x09 && c <= 0x0d) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Moves a cut point off the inside of a Latin word or number (forward or backward), or off a surrogate pair's second half. */
function wordBoundary(text: string, at: number, direction: 1 | -1): number {
  let i = at;
  while (i > 0 && i < text.length && isWordish(text.charCodeAt(i - 1)) && isWordish(text.charCodeAt(i))) i += direction;
  if (i > 0 && i < text.length && isLowSurrogate(text.charCodeAt(i))) i += direction;
  return i;
}

/** What /[A-Za-z0-9.%]/ matches, by code unit: no one-character string and no regular expression per step. */
function isWordish(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x2e || c === 0x25;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}
