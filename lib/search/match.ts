/**
 * The exact substring pass: a unit matches iff its normalised text contains every term (or a term
 * lies inside the raw digits of one of its `:num` readings). This is what makes recall and
 * precision equal Ctrl+F's. Work is split in two so that it is done once:
 * - `formMasks`: which units hold which forms of a word (candidates from the character-pair
 *   postings, then one includes() each), which decides membership and the word's rarity;
 * - `collectHits`: the occurrences in a unit that matched every word, found once and shared by the
 *   ranking (counts, closeness, word edges), the snippet and the result's count.
 */
import type { LoadedDoc, LoadedIndex } from './load';
import { candidates } from './postings';

/** [start, end) in normalised coordinates, tagged with the term and form index. */
export interface Hit {
  start: number;
  end: number;
  term: number;
  form: number;
}

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

/** Whether the raw digits of one of `doc`'s readings contain `form` where the displayed reading does not. */
function inRawOnly(doc: LoadedDoc, form: string): boolean {
  if (!doc.raws.includes(form)) return false;
  for (const num of doc.numsNorm) if (num.raw.includes(form) && !doc.norm.slice(num.start, num.end).includes(form)) return true;
  return false;
}

/** Per unit, the forms of one word it contains (bit f = form f; a word has at most 8 forms). */
export interface FormMasks {
  masks: Uint8Array;
  /** Units holding any form: the word's document frequency. */
  units: number;
}

/**
 * With `verify` off, a bit only says the form may be there (the postings cannot rule it out) and
 * `units` is an upper bound: `collectHits` then settles each unit it looks at. A one-word query
 * needs no exact count up front (its rarity is the same for every result), so it skips a pass.
 */
export function formMasks(index: LoadedIndex, term: Term, verify = true): FormMasks {
  const { docs } = index;
  const masks = new Uint8Array(docs.length);
  let units = 0;
  const mark = (id: number, bit: number) => {
    if (masks[id] === 0) units++;
    masks[id] |= bit;
  };
  term.forms.forEach((form, f) => {
    const bit = 1 << f;
    const ids = candidates(index.postings, form);
    if (ids) {
      if (verify) for (let k = 0; k < ids.length; k++) if (docs[ids[k]].norm.includes(form)) mark(ids[k], bit);
      if (!verify) for (let k = 0; k < ids.length; k++) mark(ids[k], bit);
    } else {
      markInCorpus(index, form, (id) => mark(id, bit));
    }
    if (term.inRaw[f]) for (const id of index.numbered) if (!(masks[id] & bit) && inRawOnly(docs[id], form)) mark(id, bit);
  });
  return { masks, units };
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

export interface UnitHits {
  /** The collected hits (up to the cap per form), in text order. */
  hits: Hit[];
  /** Occurrences of all words (any form), every one counted. */
  count: number;
  /** Some form occurs more than the cap: `hits` holds only its first ones. */
  capped: boolean;
}

/**
 * The occurrences of every form each word has in `doc` (`masks[t]` says which forms may be there):
 * the first `cap` per form as hits, all of them in the count, plus raw-digit hits where the
 * displayed reading does not show the form. A form found nowhere in the unit has its bit cleared,
 * so afterwards the masks are exact for this unit (a word whose mask is 0 is not in it).
 */
export function collectHits(doc: LoadedDoc, id: number, terms: Term[], masks: FormMasks[], cap: number): UnitHits {
  const hits: Hit[] = [];
  const norm = doc.norm;
  let count = 0;
  let capped = false;
  // Forms are collected one after another: the list needs sorting only when a later form starts earlier.
  let sorted = true;
  let lastStart = -1;
  for (let t = 0; t < terms.length; t++) {
    const { forms, inRaw } = terms[t];
    const mask = masks[t].masks[id];
    for (let f = 0; f < forms.length; f++) {
      if (!(mask & (1 << f))) continue;
      const form = forms[f];
      let n = 0;
      for (let at = norm.indexOf(form); at !== -1; at = norm.indexOf(form, at + form.length)) {
        if (n >= cap) {
          capped = true;
          n++;
          continue;
        }
        if (at <= lastStart) sorted = false;
        hits.push({ start: at, end: at + form.length, term: t, form: f });
        lastStart = at;
        n++;
      }
      if (inRaw[f] && doc.raws.includes(form)) {
        for (const num of doc.numsNorm) {
          if (num.raw.includes(form) && !norm.slice(num.start, num.end).includes(form)) {
            if (num.start <= lastStart) sorted = false;
            hits.push({ start: num.start, end: num.end, term: t, form: f });
            lastStart = num.start;
            n++;
          }
        }
      }
      if (n === 0) masks[t].masks[id] &= ~(1 << f);
      count += n;
    }
  }
  if (!sorted) hits.sort(byPosition);
  return { hits, count, capped };
}

const byPosition = (a: Hit, b: Hit) => a.start - b.start || a.end - b.end;

/** Hits of `term` inside raw digits where the displayed reading does not show it. */
export function rawOnlyHits(doc: LoadedDoc, term: string): number {
  let n = 0;
  for (const num of doc.numsNorm) if (num.raw.includes(term) && !doc.norm.slice(num.start, num.end).includes(term)) n++;
  return n;
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

/** Smallest window holding one hit of every term (0 for a single term). */
export function proximity(hits: Hit[], termCount: number): number {
  if (termCount <= 1) return 0;
  const last = new Array<number>(termCount).fill(-1);
  let best = Infinity;
  let seen = 0;
  for (const hit of hits) {
    if (last[hit.term] < 0) seen++;
    last[hit.term] = hit.start;
    if (seen === termCount) {
      let first = hit.start;
      for (const s of last) if (s < first) first = s;
      if (hit.end - first < best) best = hit.end - first;
    }
  }
  return best;
}
