/**
 * The exact substring pass: a unit matches iff its normalised text contains every term (or a term
 * lies inside the raw digits of one of its `:num` readings). This is what makes recall and
 * precision equal Ctrl+F's. Work is split in two so that it is done once:
 * - `formMasks`: every occurrence of every form of a word in the corpus (occurrences.ts: from the
 *   character-pair offsets, each checked), hence which units hold which forms, which decides
 *   membership and the word's rarity;
 * - `collectHits`: a matching unit's share of those occurrences, as hits shared by the ranking
 *   (counts, closeness, word edges), the snippet and the result's count.
 */
import type { LoadedDoc, LoadedIndex } from './load';
import { type Arena, takeZeroedBytes } from './arena';
import { type HitBuffer, type HitSlice, push, reserve, sortSlice } from './hits';
import { lowerBound, occurrences } from './occurrences';
import { candidates } from './postings';

/** Raw digits use few characters: a term with any character outside them never lies inside one. */
export function mayBeRawDigits(term: string, rawChars: Set<string>): boolean {
  for (const ch of term) if (!rawChars.has(ch)) return false;
  return true;
}

/** One query word as matched: every form it may take, and whether each can lie inside raw digits. */
export interface Term {
  forms: string[];
  inRaw: boolean[];
}

/** Per unit, the forms of one word it contains (bit f = form f; a word has at most 8 forms), and where. */
export interface FormMasks {
  masks: Uint8Array;
  /** Units holding any form: the word's document frequency. */
  units: number;
  /** Those units' ids, ascending: search walks these instead of every unit. */
  ids: number[];
  /** Per form: its occurrences in the joined corpus (occurrences.ts), ascending. */
  at: Int32Array[];
  /** Per form: by unit, the readings whose raw digits hold it where the displayed reading does not (normalised [start, end)). */
  raw: (Map<number, [number, number][]> | null)[];
}

/**
 * Exactly the units holding each form (in the text, or only in a reading's raw digits), found once
 * per query from the pair offsets; `collectHits` reads each unit's share of them.
 */
export function formMasks(index: LoadedIndex, term: Term, arena?: Arena): FormMasks {
  const { docs, starts } = index;
  const masks = takeZeroedBytes(arena, docs.length);
  const ids: number[] = [];
  let lastId = -1;
  let sorted = true;
  const at: Int32Array[] = [];
  const raw: (Map<number, [number, number][]> | null)[] = [];
  for (let f = 0; f < term.forms.length; f++) {
    const form = term.forms[f];
    const bit = 1 << f;
    const found = occurrences(index.corpus, index.pairs, form, arena);
    at.push(found);
    // Occurrences are ascending and so are the units' starts: each occurrence lies in the unit of
    // the one before it, or one found by binary search further on (not a walk over every unit).
    let id = 0;
    let next = starts.length > 1 ? starts[1] : Infinity;
    for (let k = 0; k < found.length; k++) {
      if (found[k] >= next) {
        id = unitAt(starts, found[k], id + 1);
        next = id + 1 < starts.length ? starts[id + 1] : Infinity;
      }
      if (masks[id] === 0) {
        if (id < lastId) sorted = false;
        ids.push((lastId = id));
      }
      masks[id] |= bit;
    }
    let inRaw: Map<number, [number, number][]> | null = null;
    if (term.inRaw[f]) {
      for (const id of index.numbered) {
        const doc = docs[id];
        if (!doc.raws.includes(form)) continue;
        for (const num of doc.numsNorm) {
          if (!num.raw.includes(form) || doc.norm.slice(num.start, num.end).includes(form)) continue;
          inRaw ??= new Map();
          const list = inRaw.get(id);
          if (list) list.push([num.start, num.end]);
          else inRaw.set(id, [[num.start, num.end]]);
          if (masks[id] === 0) {
            if (id < lastId) sorted = false;
            ids.push((lastId = id));
          }
          masks[id] |= bit;
        }
      }
    }
    raw.push(inRaw);
  }
  // Each form's units come in order; a later form's (or a raw-digit hit's) may come before them.
  if (!sorted) ids.sort((a, b) => a - b);
  return { masks, units: ids.length, ids, at, raw };
}

/** The unit holding corpus offset `at`: the last whose start is at most `at`, searched from unit `lo` on. */
function unitAt(starts: number[], at: number, lo: number): number {
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (starts[mid] <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

export interface UnitHits extends HitSlice {
  /** Occurrences of all words (any form), every one counted. */
  count: number;
  /** Some form occurs more than the cap: the slice holds only its first ones. */
  capped: boolean;
}

/**
 * The occurrences of every form each word has in unit `id` (from `formMasks`), appended to `hits`
 * as one slice: the first `cap` per form, all of them in the count, plus raw-digit hits where the
 * displayed reading does not show the form. The slice is in text order; hits at the same place
 * keep word, then form order. Written into `into` when given (the caller's own object for the unit).
 */
export function collectHits(
  index: LoadedIndex,
  id: number,
  terms: Term[],
  masks: FormMasks[],
  cap: number,
  hits: HitBuffer,
  into?: UnitHits,
): UnitHits {
  const from = hits.length;
  const base = index.starts[id];
  const limit = base + index.docs[id].norm.length;
  let count = 0;
  let capped = false;
  // Forms are collected one after another: the slice needs sorting only when a later form starts earlier.
  let sorted = true;
  let lastStart = -1;
  for (let t = 0; t < terms.length; t++) {
    const forms = terms[t].forms;
    const mask = masks[t].masks[id];
    for (let f = 0; f < forms.length; f++) {
      if (!(mask & (1 << f))) continue;
      const length = forms[f].length;
      const at = masks[t].at[f];
      const first = lowerBound(at, base);
      const after = lowerBound(at, limit, first);
      let n = after - first;
      if (n > cap) capped = true;
      const stop = Math.min(after, first + cap);
      reserve(hits, stop - first);
      for (let k = first; k < stop; k++) {
        const start = at[k] - base;
        if (start <= lastStart) sorted = false;
        push(hits, start, start + length, t, f);
        lastStart = start;
      }
      const raw = masks[t].raw[f]?.get(id);
      if (raw) {
        reserve(hits, raw.length);
        for (const [start, stop] of raw) {
          if (start <= lastStart) sorted = false;
          push(hits, start, stop, t, f);
          lastStart = start;
        }
        n += raw.length;
      }
      count += n;
    }
  }
  if (!sorted) sortSlice(hits, from, hits.length);
  if (!into) return { from, to: hits.length, count, capped };
  into.from = from;
  into.to = hits.length;
  into.count = count;
  into.capped = capped;
  return into;
}

/** Hits of `term` inside raw digits where the displayed reading does not show it. */
export function rawOnlyHits(doc: LoadedDoc, term: string): number {
  let n = 0;
  for (const num of doc.numsNorm) if (num.raw.includes(term) && !doc.norm.slice(num.start, num.end).includes(term)) n++;
  return n;
}

/** Units containing `form`, from one pass over the joined corpus (a single character has no pairs to narrow by). */
function markInCorpus(index: LoadedIndex, form: string, mark: (id: number) => void): void {
  const { corpus, starts, docs } = index;
  let id = 0;
  for (let at = corpus.indexOf(form); at !== -1; ) {
    while (id + 1 < starts.length && starts[id + 1] <= at) id++;
    mark(id);
    at = corpus.indexOf(form, starts[id] + docs[id].norm.length);
  }
}

/**
 * Occurrences of `form` in every unit, each counted up to `cap` (membership when `cap` is 1):
 * candidates from the character-pair postings, then the exact check on those only. The bench
 * times this as the index's membership pass.
 */
export function countForm(index: LoadedIndex, form: string, inRaw: boolean, cap: number): Int32Array {
  const counts = new Int32Array(index.docs.length);
  const count = (id: number) => {
    const norm = index.docs[id].norm;
    let n = 0;
    for (let at = norm.indexOf(form); at !== -1 && n < cap; at = norm.indexOf(form, at + form.length)) n++;
    counts[id] = n;
  };
  const ids = candidates(index.postings, form);
  if (ids) for (const id of ids) count(id);
  else markInCorpus(index, form, count);
  if (inRaw) {
    for (const id of index.numbered) {
      const doc = index.docs[id];
      if (counts[id] < cap && doc.raws.includes(form)) counts[id] += Math.min(cap - counts[id], rawOnlyHits(doc, form));
    }
  }
  return counts;
}

/**
 * Smallest window holding one hit of every term (0 for a single term). `last` is scratch space of
 * at least `termCount` entries (the query's, so that scoring a unit allocates nothing).
 */
export function proximity(hits: HitBuffer, slice: HitSlice, termCount: number, last: Int32Array): number {
  if (termCount <= 1) return 0;
  last.fill(-1, 0, termCount);
  let best = Infinity;
  let seen = 0;
  for (let i = slice.from; i < slice.to; i++) {
    const term = hits.term[i];
    const start = hits.start[i];
    if (last[term] < 0) seen++;
    last[term] = start;
    if (seen === termCount) {
      let first = start;
      for (let t = 0; t < termCount; t++) if (last[t] < first) first = last[t];
      if (hits.end[i] - first < best) best = hits.end[i] - first;
    }
  }
  return best;
}
