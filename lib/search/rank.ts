/**
 * How results are ordered: a field-weighted score, weights in weights.ts.
 * - body: BM25 over each word's occurrences (any form), normalised by the unit's length;
 * - heading: a word (any form) found in the heading on the segmenter's word boundaries, so
 *   电子商务法 does not match 电子商务法律法规; more for the whole title, more for an overview unit;
 * - several words: a bonus when they stand together as typed, and for closeness;
 * - caption-only figures and citation footnotes weighted down.
 * Ties keep reading order.
 */
import type { LoadedDoc } from './load';
import { matchDoc, proximity, type Term } from './match';
import { WEIGHTS } from './weights';

/** Occurrences counted for ranking saturate here: beyond it, more of a word says little. */
export const RANK_CAP = 10;

export interface Scored {
  doc: LoadedDoc;
  id: number;
  score: number;
  count: number;
  /** Whether `count` is the true number of occurrences (no form reached the ranking cap). */
  exactCount: boolean;
}

export interface QueryStats {
  terms: Term[];
  /** The words as typed. */
  typed: string[];
  /** Inverse document frequency of each word (over all its forms). */
  idf: number[];
  meanLength: number;
}

/** BM25's idf: rare words weigh more; never negative. */
export function idfOf(docsWithWord: number, docCount: number): number {
  return Math.log(1 + (docCount - docsWithWord + 0.5) / (docsWithWord + 0.5));
}

export function scoreDoc(doc: LoadedDoc, id: number, tfs: number[], exactCount: boolean, q: QueryStats): Scored {
  const W = WEIGHTS;
  // A caption-only unit is short because its chart was lost, not because it is about the word.
  const lengthNorm = doc.captionOnly ? 1 : 1 - W.b + W.b * (doc.norm.length / q.meanLength);
  let body = 0;
  let heading = 0;
  for (let t = 0; t < tfs.length; t++) {
    const tf = tfs[t];
    body += q.idf[t] * ((tf * (W.k1 + 1)) / (tf + W.k1 * lengthNorm));
    if (inHeading(doc, q.terms[t])) heading += W.title * q.idf[t];
  }
  const allInHeading = heading > 0 && q.terms.every((term) => inHeading(doc, term));
  if (allInHeading && q.typed.join('') === doc.titleNorm) heading += W.wholeTitle;
  if (allInHeading && doc.overview) heading += W.overview * Math.max(...q.idf);
  let together = 0;
  if (q.terms.length > 1) {
    if (doc.norm.includes(q.typed.join('')) || doc.norm.includes(q.typed.join(' '))) together += W.phrase;
    const span = proximity(matchDoc(doc, q.terms, 64) ?? [], q.terms.length);
    together += W.near / (1 + span / 20);
  }
  const factor = doc.captionOnly ? W.captionOnly : doc.citation ? W.citation : doc.kind === 'footnote' ? W.footnote : 1;
  let count = 0;
  for (const tf of tfs) count += tf;
  return { doc, id, score: (body + heading + together) * factor, count, exactCount };
}

export const byRank = (a: Scored, b: Scored) => b.score - a.score || a.id - b.id;

/** Whether a form of the word occurs in the heading starting and ending on word boundaries. */
function inHeading(doc: LoadedDoc, term: Term): boolean {
  const h = doc.headingNorm;
  if (!h) return false;
  for (const form of term.forms) {
    for (let at = h.indexOf(form); at !== -1; at = h.indexOf(form, at + 1)) {
      if (doc.headingBounds.has(at) && doc.headingBounds.has(at + form.length)) return true;
    }
  }
  return false;
}
