/**
 * The exact substring pass: a unit matches iff its normalised text contains every term (or a term
 * lies inside the raw digits of one of its `:num` readings). This is what makes recall and
 * precision equal Ctrl+F's.
 */
import type { LoadedDoc } from './load';

/** [start, end) in normalised coordinates, tagged with the term index. */
export interface Hit {
  start: number;
  end: number;
  term: number;
}

/** All hits of every term in `doc`, or null as soon as one term is absent. */
export function matchDoc(doc: LoadedDoc, terms: string[]): Hit[] | null {
  const hits: Hit[] = [];
  for (let t = 0; t < terms.length; t++) {
    const term = terms[t];
    let found = false;
    for (let at = doc.norm.indexOf(term); at !== -1; at = doc.norm.indexOf(term, at + term.length)) {
      hits.push({ start: at, end: at + term.length, term: t });
      found = true;
    }
    for (const num of doc.numsNorm) {
      if (num.raw.includes(term) && !doc.norm.slice(num.start, num.end).includes(term)) {
        hits.push({ start: num.start, end: num.end, term: t });
        found = true;
      }
    }
    if (!found) return null;
  }
  return hits.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Does the unit contain every term? The cheap form of matchDoc for truth checks and the scan baseline. */
export function containsAll(doc: LoadedDoc, terms: string[]): boolean {
  return terms.every((t) => doc.norm.includes(t) || doc.numsNorm.some((n) => n.raw.includes(t)));
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
