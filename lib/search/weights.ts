/**
 * Every ranking weight in one place (rank.ts applies them). Tuned against the judged relevance set
 * (test/search/relevance.json, written before tuning) with `npm run bench:search`.
 */
export const WEIGHTS = {
  /** BM25 term-frequency saturation and length normalisation of the body text. */
  k1: 1.2,
  b: 0.5,
  /** A word found in the heading on word boundaries, per word, times its rarity (idf). */
  title: 2.5,
  /** The query is the heading's whole title. */
  wholeTitle: 2,
  /** A chapter's or section's overview unit whose heading matches: the reader starts there. */
  overview: 1.5,
  /** Several words next to each other as typed (a phrase), and how close they are otherwise. */
  phrase: 1,
  near: 1,
  /** Multipliers for units a reader rarely wants first. */
  captionOnly: 0.3,
  citation: 0.3,
  footnote: 0.7,
} as const;
