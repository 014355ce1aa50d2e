/**
 * The contract between the content build (which finds unit-bearing numbers in the cleaned text) and
 * the numbers pass (which decides where each lost decimal point goes, and how sure that is).
 */

/** How a reading was decided. Only `settled` and `confirmed` may be shown as plain fact. */
export type NumberStatus = 'unsettled' | 'inferred' | 'settled' | 'confirmed';

export interface NumberToken {
  /** Stable id, `num-<part slug>-<n>` in reading order within the part. */
  id: string;
  part: string;
  /** Id of the innermost section (`sec-1-1-1`), or null before the first heading. */
  section: string | null;
  /** The digits as the source has them, in ASCII, with a leading '-' for a minus sign: "4383", "-250". */
  raw: string;
  /** The unit that follows: "%", "万亿元", "亿元", "万人", "个百分点", … ("" for unit-less index values). */
  unit: string;
  /** Cleaned text of the enclosing block before / after the token (other numbers still raw). */
  before: string;
  after: string;
  /** Where the token sits when it is inside a table. */
  table?: { id: string; row: number; column: number };
}

export interface NumberReading {
  id: string;
  status: NumberStatus;
  /** The reading shown to readers, e.g. "43.83" (for `unsettled`, the raw digits). */
  value: string;
  /** For settled/confirmed: the rule or relation that decided it, in words a reader can follow. */
  reason?: string;
  /**
   * What decided it: 'rule', a relation kind ('share-list', 'table-column', 'parts-sum', 'parts-growth', 'share-growth', 'ratio',
   * 'restated', 'pp-difference', 'ranked', 'trend', 'bound', 'part-whole', 'period-rate', 'list-decimals', 'share-cap',
   * 'rank-words'), 'correction' (confirmed), or for inferred readings 'convention', 'review', 'plausibility'
   * (re-chosen by the plausibility check) or 'implausible' (no reading passes it).
   */
  relation?: string;
  /** For confirmed readings: whether a cited source prints the figure or an argument from the text settles it. */
  basis?: 'source' | 'argument';
}
