/**
 * The exact substring pass: a unit matches iff its normalised text contains every term (or a term
 * lies inside the raw digits of one of its `:num` readings). This is what makes recall and
 * precision equal Ctrl+F's.
 */
import type { LoadedDoc, LoadedIndex } from './load';
import { candidates } from './postings';

/** [start, end) in normalised coordinates, tagged with the term index. */
export interface Hit {
  start: number;
  end: number;
  term: number;
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

/** A word searched only as typed. */
export function literalTerm(text: string, rawChars: Set<string>): Term {
  return { forms: [text], inRaw: [mayBeRawDigits(text, rawChars)] };
}

function hasForm(doc: LoadedDoc, term: Term, f: number): boolean {
  return doc.norm.includes(term.forms[f]) || (term.inRaw[f] && doc.raws.includes(term.forms[f]));
}

/** Which forms of `term` occur in `doc` (form indexes). */
export function formsIn(doc: LoadedDoc, term: Term): number[] {
  return term.forms.map((_, f) => f).filter((f) => hasForm(doc, term, f));
}

/**
 * All hits of every term in `doc` (any of its forms), or null when a term is absent. Most terms
 * cannot occur inside raw digits at all (`inRaw`), which spares the walk over the numbers.
 */
export function matchDoc(doc: LoadedDoc, terms: Term[], cap = Infinity): Hit[] | null {
  // Reject first, collect later: most units lack some term, and includes() is the cheapest test.
  for (const term of terms) if (!term.forms.some((_, f) => hasForm(doc, term, f))) return null;
  const hits: Hit[] = [];
  terms.forEach((term, t) => {
    term.forms.forEach((form, f) => {
      let n = 0;
      for (let at = doc.norm.indexOf(form); at !== -1 && n < cap; at = doc.norm.indexOf(form, at + form.length), n++) {
        hits.push({ start: at, end: at + form.length, term: t });
      }
      if (!term.inRaw[f] || !doc.raws.includes(form)) return;
      for (const num of doc.numsNorm) {
        if (num.raw.includes(form) && !doc.norm.slice(num.start, num.end).includes(form))
          hits.push({ start: num.start, end: num.end, term: t });
      }
    });
  });
  return hits.sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * Occurrences of all terms in `doc` (each form counted up to `cap`), or -1 when a term is absent.
 * The ranking pass needs only this number, so it allocates nothing.
 */
export function countHits(doc: LoadedDoc, terms: Term[], cap = 10): number {
  let count = 0;
  for (const term of terms) {
    let n = 0;
    term.forms.forEach((form, f) => {
      let k = 0;
      for (let at = doc.norm.indexOf(form); at !== -1 && k < cap; at = doc.norm.indexOf(form, at + form.length)) k++;
      if (term.inRaw[f] && doc.raws.includes(form)) k += rawOnlyHits(doc, form);
      n += k;
    });
    if (n === 0) return -1;
    count += n;
  }
  return count;
}

/**
 * Occurrences of one term in every unit (each counted up to `cap`), from one pass over the joined
 * corpus: a unit without the term costs nothing, and after `cap` hits the search jumps to the next
 * unit. This is the substring pass: it reads the text exactly once, like a plain scan, but counts.
 */
export function countInCorpus(index: LoadedIndex, term: string, inRaw: boolean, cap: number): Int32Array {
  const counts = new Int32Array(index.docs.length);
  const { corpus, starts, docs } = index;
  let at = corpus.indexOf(term);
  let id = 0;
  while (at !== -1) {
    while (id + 1 < starts.length && starts[id + 1] <= at) id++;
    const end = starts[id] + docs[id].norm.length;
    let n = 0;
    while (at !== -1 && at < end && n < cap) {
      n++;
      at = corpus.indexOf(term, at + term.length);
    }
    counts[id] = n;
    if (n >= cap && at !== -1 && at < end) at = corpus.indexOf(term, end);
  }
  if (inRaw) {
    for (let d = 0; d < docs.length; d++) {
      if (counts[d] < cap && docs[d].raws.includes(term)) counts[d] += rawOnlyHits(docs[d], term);
    }
  }
  return counts;
}

/** Hits of `term` inside raw digits where the displayed reading does not show it. */
export function rawOnlyHits(doc: LoadedDoc, term: string): number {
  let n = 0;
  for (const num of doc.numsNorm) if (num.raw.includes(term) && !doc.norm.slice(num.start, num.end).includes(term)) n++;
  return n;
}

/**
 * The same counts as `countInCorpus`, checking only the units the character-pair postings leave:
 * exact, because a unit lacking one of the form's pairs cannot contain it.
 */
export function countForm(index: LoadedIndex, form: string, inRaw: boolean, cap: number): Int32Array {
  const ids = candidates(index.postings, form);
  if (!ids) return countInCorpus(index, form, inRaw, cap);
  const counts = new Int32Array(index.docs.length);
  for (const id of ids) {
    const norm = index.docs[id].norm;
    let n = 0;
    for (let at = norm.indexOf(form); at !== -1 && n < cap; at = norm.indexOf(form, at + form.length)) n++;
    counts[id] = n;
  }
  if (inRaw) {
    for (const id of index.numbered) {
      const doc = index.docs[id];
      if (counts[id] < cap && doc.raws.includes(form)) counts[id] += rawOnlyHits(doc, form);
    }
  }
  return counts;
}

/** Smallest window holding one hit of every term (0 for a single term). */
export function proximity(hits: Hit[], termCount: number): number {
  if (termCount <= 1) return 0;
  const last = new Array<number>(termCount).fill(-1);
  let best = Infinity;
  for (const hit of hits) {
    last[hit.term] = hit.start;
    if (last.every((s) => s >= 0)) best = Math.min(best, hit.end - Math.min(...last));
  }
  return best;
}
