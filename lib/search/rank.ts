/**
 * How results are ordered. Ranking keys, larger first, compared in this order; ties keep reading
 * order: heading/caption match › whole query as one phrase › occurrences › proximity › word-index rank.
 */
import type { LoadedDoc } from './load';
import { matchDoc, proximity, type Term } from './match';

/** Occurrences counted for ranking saturate here: beyond it, more of a word says little. */
export const RANK_CAP = 10;

export interface Scored {
  doc: LoadedDoc;
  id: number;
  /** heading/caption match (0–3) × 2 + whole query as one phrase (0–1) */
  place: number;
  count: number;
  /** Whether `count` is the true number of occurrences (no form reached the ranking cap). */
  exactCount: boolean;
  /** minus the smallest window holding every word */
  near: number;
  /** minus the word index's rank */
  word: number;
}

export interface ScoreInput {
  doc: LoadedDoc;
  id: number;
  count: number;
  exactCount: boolean;
  terms: Term[];
  /** The words as typed. */
  typed: string[];
  wordRank: number | undefined;
}

export function scoreDoc({ doc, id, count, exactCount, terms, typed, wordRank }: ScoreInput): Scored {
  const phrases = typed.length > 1 ? [typed.join(''), typed.join(' ')] : typed;
  const inHeading = headingScore(doc, typed, phrases);
  const asPhrase = typed.length === 1 || phrases.some((p) => doc.norm.includes(p)) ? 1 : 0;
  // Positions are needed only to measure how close several words are.
  const span = terms.length > 1 ? proximity(matchDoc(doc, terms, 64) ?? [], terms.length) : 0;
  return { doc, id, place: inHeading * 2 + asPhrase, count, exactCount, near: -span, word: -(wordRank ?? 1e9) };
}

export const byRank = (a: Scored, b: Scored) => b.place - a.place || b.count - a.count || b.near - a.near || b.word - a.word || a.id - b.id;

function headingScore(doc: LoadedDoc, terms: string[], phrases: string[]): number {
  if (!doc.headingNorm) return 0;
  if (phrases.some((p) => p === doc.titleNorm || p === doc.headingNorm)) return 3;
  if (phrases.some((p) => doc.headingNorm.includes(p))) return 2;
  return terms.every((t) => doc.headingNorm.includes(t)) ? 1 : 0;
}
