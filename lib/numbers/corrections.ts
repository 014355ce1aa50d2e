import { blockText } from './items';
import type { NumberToken } from './types';

/**
 * Reviewed corrections (content/number-corrections.json) override everything else. Each entry names
 * its number by a context snippet of the cleaned text containing the raw digits; the snippet must
 * match exactly one token, so an entry can never silently stop applying when the text changes.
 */
export interface CorrectionEntry {
  /** Cleaned text around the number, containing its raw digits and unit: "信息技术服务收入70128亿元". */
  context: string;
  raw: string;
  /** The reading, e.g. "70128" or "43.83". */
  value: string;
  reason: string;
  source?: string;
  /**
   * What the entry rests on. `source`: a cited publication prints the figure (`source` names it, with
   * its URL and the figure as printed); `argument`: arithmetic on the report's own text that anyone can
   * re-check (`reason` gives it). Both confirm. `review`: a reviewer looked and nothing settles it; the
   * number stays inferred, shown with `value` (which may re-choose the habit's pick) and `reason`.
   * Entries written before the field existed read as `source` when they name one, else `argument`.
   */
  basis?: CorrectionBasis;
}

export type CorrectionBasis = 'source' | 'argument' | 'review';

export function basisOf(entry: CorrectionEntry): CorrectionBasis {
  return entry.basis ?? (entry.source ? 'source' : 'argument');
}

export class CorrectionError extends Error {}

function digitsOf(value: string): string {
  return value.replace('.', '').replace(/^(-?)0+(?=\d)/, '$1');
}

/**
 * Maps token index → entry; throws CorrectionError for any entry that does not apply cleanly. With
 * `strict` off (classifying an excerpt, which need not contain every corrected number), an entry that
 * matches nothing is skipped; one that matches several numbers still throws.
 */
export function matchCorrections(
  tokens: readonly NumberToken[],
  entries: readonly CorrectionEntry[],
  strict = true,
): Map<number, CorrectionEntry> {
  const out = new Map<number, CorrectionEntry>();
  entries.forEach((entry, n) => {
    const where = `content/number-corrections.json entry ${n + 1} (“${entry.context}”)`;
    if (digitsOf(entry.value) !== digitsOf(entry.raw) || !/^-?\d+(\.\d+)?$/.test(entry.value)) {
      throw new CorrectionError(`${where}: value ${entry.value} is not the raw digits ${entry.raw} with a decimal point; fix the value.`);
    }
    if (entry.basis !== undefined && !['source', 'argument', 'review'].includes(entry.basis)) {
      throw new CorrectionError(`${where}: basis must be "source", "argument" or "review", not ${JSON.stringify(entry.basis)}.`);
    }
    if (basisOf(entry) === 'source' && !entry.source)
      throw new CorrectionError(`${where}: basis "source" needs a source (title, URL, the figure as printed).`);
    if (!entry.reason) throw new CorrectionError(`${where}: every entry needs a reason.`);
    // `^` / `$` at the ends of a context pin it to the block's start / end: a heading the body repeats
    // word for word (1.1.1 全国电子商务交易额达43.83万亿元) can only be told apart that way.
    const atStart = entry.context.startsWith('^');
    const atEnd = entry.context.endsWith('$');
    const context = entry.context.slice(atStart ? 1 : 0, atEnd ? -1 : undefined);
    const at = context.indexOf(entry.raw);
    if (at < 0) throw new CorrectionError(`${where}: the context must contain the raw digits ${entry.raw}.`);
    const hits = tokens
      .map((t, i) => ({ t, i }))
      .filter(({ t }) => {
        if (t.raw !== entry.raw) return false;
        const text = blockText(t);
        const start = t.before.length - at;
        if (start < 0 || text.slice(start, start + context.length) !== context) return false;
        return (!atStart || start === 0) && (!atEnd || start + context.length === text.length);
      });
    if (hits.length === 0 && !strict) return;
    if (hits.length !== 1) {
      throw new CorrectionError(
        `${where}: matches ${hits.length} numbers, must match exactly one. ` +
          (hits.length === 0 ? 'The text changed: update or remove the entry.' : 'Lengthen the context snippet.'),
      );
    }
    if (out.has(hits[0].i)) throw new CorrectionError(`${where}: a second entry for the same number ${hits[0].t.id}.`);
    out.set(hits[0].i, entry);
  });
  return out;
}
