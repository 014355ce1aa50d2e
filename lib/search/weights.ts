/**
 * Every ranking weight in one place (rank.ts applies them). Tuned against the judged relevance set
 * (test/search/relevance.json, written before tuning) with `npm run bench:search`.
 */
export const WEIGHTS = {
  /**
   * BM25 term-frequency saturation and length normalisation of the body text. Little length
   * normalisation: overview units are short because their subsections carry the text, and the
   * judged set prefers sections that say more about the word over short ones that mention it once.
   */
  k1: 2,
  b: 0.1,
  /** A word found in the heading on word boundaries, per word, times its rarity (idf). */
  title: 2.5,
  /** The query is the heading's whole title. */
  wholeTitle: 2,
  /** Every word in the heading: times the share of the title's words they are (times the rarest word's idf). */
  coverage: 3,
  /** A chapter's or section's overview unit whose heading matches: the reader starts there. */
  overview: 2,
  /** Several words next to each other as typed (a phrase), and how close they are otherwise. */
  phrase: 1,
  near: 1,
  /** An occurrence through an equivalent form (电商 for 电子商务), against 1 for the form typed. */
  expanded: 0.85,
  /** An occurrence cut out of longer words (电子商务法 in 电子商务法律, word-edges.ts). */
  cut: 0.2,
  /** Multipliers for units a reader rarely wants first. */
  captionOnly: 0.3,
  citation: 0.3,
  footnote: 0.7,
} as const;
