/**
 * How results are ordered: a field-weighted score, weights in weights.ts.
 * - body: BM25 over each word's occurrences (any form), normalised by the unit's length; an
 *   occurrence through an equivalent form counts less than the form typed, and one cut out of
 *   longer words (电子商务法 in 电子商务法律, word-edges.ts) counts less again;
 * - heading: a word (any form) found in the heading on the segmenter's word boundaries, so
 *   电子商务法 does not match 电子商务法律法规; more for the whole title, more for an overview unit;
 * - several words: a bonus when they stand together as typed, and for closeness;
 * - caption-only figures and citation footnotes weighted down.
 * Ties keep reading order.
 */
import { type Arena, takeZeroedBytes } from './arena';
import type { HitBuffer, HitSlice } from './hits';
import type { LoadedDoc, LoadedIndex } from './load';
import { proximity, type Term, type UnitHits } from './match';
import { occurrences } from './occurrences';
import { cutOut, type FormEdges, formEdges } from './word-edges';
import { WEIGHTS } from './weights';

/** Occurrences counted for ranking saturate here: beyond it, more of a word says little. */
export const RANK_CAP = 10;

/** A matching unit with its hits (a slice of the query's hit buffer) and its score: one object per unit. */
export interface Scored extends UnitHits {
  doc: LoadedDoc;
  id: number;
  score: number;
}

export interface QueryStats {
  terms: Term[];
  /** The words as typed, and joined without and with spaces (the phrase and whole-title checks). */
  typed: string[];
  joined: string;
  spaced: string;
  /** Inverse document frequency of each word (over all its forms). */
  idf: number[];
  maxIdf: number;
  meanLength: number;
  /** Per word and form: what makes an occurrence one cut out of longer words. */
  edges: FormEdges[][];
  /** Scratch: per word, its weighted occurrences in the unit being scored; its last hit (proximity). */
  tfs: Float64Array;
  last: Int32Array;
  /**
   * Several words: per unit, whether its text holds them next to each other as typed (joined or
   * spaced), found once per query from the pair offsets instead of searching every result's text.
   */
  phrase: Uint8Array | null;
}

/** What scoring needs to know about the query, built once per query. */
export function queryStats(index: LoadedIndex, terms: Term[], typed: string[], idf: number[], arena?: Arena): QueryStats {
  return {
    terms,
    typed,
    joined: joinWords(typed, ''),
    spaced: joinWords(typed, ' '),
    meanLength: index.meanLength,
    idf,
    maxIdf: Math.max(...idf),
    edges: terms.map((t) => t.forms.map((f) => formEdges(f, index.vocab))),
    tfs: new Float64Array(terms.length),
    last: new Int32Array(terms.length),
    phrase: terms.length > 1 ? unitsHolding(index, [joinWords(typed, ''), joinWords(typed, ' ')], arena) : null,
  };
}

/** Per unit, 1 when its normalised text contains any of `forms` (each of two or more characters). */
function unitsHolding(index: LoadedIndex, forms: string[], arena?: Arena): Uint8Array {
  const out = takeZeroedBytes(arena, index.docs.length);
  const { starts } = index;
  for (const form of forms) {
    const found = occurrences(index.corpus, index.pairs, form, arena);
    let id = 0;
    for (let k = 0; k < found.length; k++) {
      while (id + 1 < starts.length && starts[id + 1] <= found[k]) id++;
      out[id] = 1;
    }
  }
  return out;
}

/**
 * `words.join(separator)` by hand: the query's word list comes from more than one place (a literal
 * for a one-word query, a map() otherwise), and V8's inlined join() kept deoptimising search() on it,
 * thousands of times over the bench's query set.
 */
function joinWords(words: string[], separator: string): string {
  let out = '';
  for (let i = 0; i < words.length; i++) out += i === 0 ? words[i] : separator + words[i];
  return out;
}

/** BM25's idf: rare words weigh more; never negative. */
export function idfOf(docsWithWord: number, docCount: number): number {
  return Math.log(1 + (docCount - docsWithWord + 0.5) / (docsWithWord + 0.5));
}

export interface ScoreParts {
  body: number;
  heading: number;
  together: number;
  /** The multiplier for the unit's kind (caption-only figure, citation, other footnote, 1). */
  factor: number;
  score: number;
}

/** What hit `i` weighs: the typed form 1, an equivalent form less, either less again when cut out of longer words. */
export function hitWeight(doc: LoadedDoc, hits: HitBuffer, i: number, q: QueryStats): number {
  const W = WEIGHTS;
  const f = hits.form[i];
  const form = f === 0 ? 1 : W.expanded;
  const edges = q.edges[hits.term[i]][f];
  return (edges.after || edges.before) && cutOut(doc.norm, hits.start[i], hits.end[i], edges) ? form * W.cut : form;
}

/** The score of unit `id` (`doc`) from its hits (`unit`, a slice of `hits`). */
export function scoreParts(doc: LoadedDoc, id: number, hits: HitBuffer, unit: HitSlice, q: QueryStats): ScoreParts {
  const W = WEIGHTS;
  // One scratch array per query: scoring allocates nothing per unit.
  const tfs = q.tfs;
  tfs.fill(0);
  for (let i = unit.from; i < unit.to; i++) tfs[hits.term[i]] += hitWeight(doc, hits, i, q);
  // A caption-only unit is short because its chart was lost, not because it is about the word.
  const lengthNorm = doc.captionOnly ? 1 : 1 - W.b + W.b * (doc.norm.length / q.meanLength);
  let body = 0;
  let heading = 0;
  let inAll = true;
  let covered = 0;
  for (let t = 0; t < tfs.length; t++) {
    const tf = Math.min(tfs[t], RANK_CAP);
    body += q.idf[t] * ((tf * (W.k1 + 1)) / (tf + W.k1 * lengthNorm));
    const h = headingWeight(doc, q.terms[t]);
    if (h === 0) inAll = false;
    else covered += h * q.typed[t].length;
    heading += W.title * q.idf[t] * h;
  }
  if (inAll && q.joined === doc.titleNorm) heading += W.wholeTitle;
  if (inAll && doc.overview) heading += W.overview * q.maxIdf;
  // How much of the title the words are: 2011-2022年全国网上零售额 is about 网上零售额 and nothing else.
  if (inAll) heading += W.coverage * q.maxIdf * Math.min(1, covered / doc.titleWords);
  let together = 0;
  if (q.phrase) {
    if (q.phrase[id] === 1) together += W.phrase;
    together += W.near / (1 + proximity(hits, unit, q.terms.length, q.last) / 20);
  }
  const factor = doc.captionOnly ? W.captionOnly : doc.citation ? W.citation : doc.kind === 'footnote' ? W.footnote : 1;
  return { body, heading, together, factor, score: (body + heading + together) * factor };
}

/** The score alone (what ordering needs), without the parts. */
export function scoreOf(doc: LoadedDoc, id: number, hits: HitBuffer, unit: UnitHits, q: QueryStats): number {
  return scoreParts(doc, id, hits, unit, q).score;
}

/** A chapter title's own label (第5章, 附录A): numbering like a section's 5.1, not words of the title. */
const PART_LABEL = /^(?:第\d+章|附录[a-z])\s*/;

/**
 * Characters of a title that say what it is about: the part label, digits, years and punctuation do
 * not (at least 1). Computed once per unit when the index loads (load.ts `titleWords`).
 */
export function wordyLength(fullTitle: string): number {
  const title = fullTitle.replace(PART_LABEL, '');
  let n = 0;
  for (let i = 0; i < title.length; i++) {
    const c = title.charCodeAt(i);
    if ((c >= 0x4e00 && c <= 0x9fff && c !== 0x5e74) || (c >= 0x61 && c <= 0x7a)) n++;
  }
  return Math.max(1, n);
}

export const byRank = (a: Scored, b: Scored) => b.score - a.score || a.id - b.id;

/**
 * How well a word (any form) stands in the heading on word boundaries: 1 for the form typed,
 * the equivalent-form weight for another form, 0 when absent.
 */
function headingWeight(doc: LoadedDoc, term: Term): number {
  const h = doc.headingNorm;
  if (!h) return 0;
  let best = 0;
  for (let f = 0; f < term.forms.length; f++) {
    const weight = f === 0 ? 1 : WEIGHTS.expanded;
    if (weight <= best) continue;
    const form = term.forms[f];
    for (let at = h.indexOf(form); at !== -1; at = h.indexOf(form, at + 1)) {
      if (doc.headingBounds.has(at) && doc.headingBounds.has(at + form.length)) {
        best = weight;
        break;
      }
    }
  }
  return best;
}
