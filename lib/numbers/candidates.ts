/**
 * The readings a raw digit string can have once its lost decimal point is put back. The report never
 * prints more than two decimals after a non-zero integer part, so a raw "4383" can be 4383, 438.3 or
 * 43.83; a kept leading zero fixes the point right after it ("056" → 0.56).
 */
export interface Candidate {
  /** Digits after the decimal point. */
  decimals: number;
  value: number;
  /** The reading as shown, e.g. "43.83", "-2.5". */
  text: string;
}

/** The most decimals the report prints after a non-zero integer part (3110.13, 25.51, 8.45). */
export const MAX_DECIMALS = 2;

export function splitRaw(raw: string): { sign: '' | '-'; digits: string } {
  return raw.startsWith('-') ? { sign: '-', digits: raw.slice(1) } : { sign: '', digits: raw };
}

export function candidate(raw: string, decimals: number): Candidate {
  const { sign, digits } = splitRaw(raw);
  const cut = digits.length - decimals;
  const text = decimals === 0 ? `${sign}${digits}` : `${sign}${digits.slice(0, cut)}.${digits.slice(cut)}`;
  return { decimals, value: Number(text), text };
}

/** Every reading the extraction damage allows, before any rule about meaning is applied. */
export function plausibleCandidates(raw: string): Candidate[] {
  const { digits } = splitRaw(raw);
  if (digits.length === 1) return [candidate(raw, 0)];
  if (digits.startsWith('0')) return [candidate(raw, digits.length - 1)];
  const out: Candidate[] = [];
  for (let d = 0; d <= Math.min(MAX_DECIMALS, digits.length - 1); d++) out.push(candidate(raw, d));
  return out;
}

/** Half a unit in the last printed digit: how far a printed, rounded value may be from the truth. */
export function halfUlp(c: Candidate): number {
  return 0.5 * 10 ** -c.decimals;
}
