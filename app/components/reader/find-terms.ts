import { fold } from './find-match';

/**
 * The words of a find query: space-separated (ASCII, ideographic or any other white space), each turned
 * from traditional into the simplified characters the report is printed in (電商 → 电商), repeats removed.
 * Each word is a term of its own: highlighted and counted separately, as a reader expects of `直播 电商`.
 * The converter is passed in because the find bar loads it only when first needed (its tables weigh ~50 KB).
 */
export function findTerms(query: string, toSimplified: (text: string) => string): string[] {
  const seen = new Set<string>();
  const terms: string[] = [];
  for (const word of query.split(/\s+/u)) {
    if (!word) continue;
    const term = toSimplified(word);
    const key = fold(term);
    if (seen.has(key)) continue;
    seen.add(key);
    terms.push(term);
  }
  return terms;
}

/** Whether a term is a number mark's raw digits as the source printed them (４３８３ for 43.83). */
export function isRawDigits(term: string, raw: string): boolean {
  const t = fold(term);
  return t.length > 0 && /^[0-9-]+$/.test(t) && t === fold(raw);
}
