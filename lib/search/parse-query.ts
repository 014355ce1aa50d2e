/**
 * Raw input (anything: a URL parameter, a CLI argument) → the words every result must contain.
 * Space-separated words are ANDed; a `"quoted phrase"` is one exact term, spaces included.
 * Never throws: bad input yields no terms.
 */
import { normalizeQuery } from './normalize';

export const MAX_QUERY_LENGTH = 100;

export interface ParsedQuery {
  /** Normalised query after truncation. */
  query: string;
  terms: string[];
  truncated: boolean;
}

export function parseQuery(input: unknown): ParsedQuery {
  const raw = typeof input === 'string' ? input : Array.isArray(input) ? String(input[0] ?? '') : '';
  const codePoints = Array.from(raw);
  const truncated = codePoints.length > MAX_QUERY_LENGTH;
  const query = normalizeQuery(truncated ? codePoints.slice(0, MAX_QUERY_LENGTH).join('') : raw);
  const terms: string[] = [];
  const add = (t: string) => {
    const term = t.trim();
    if (term && !terms.includes(term)) terms.push(term);
  };
  // An unmatched quote opens a phrase that runs to the end: what the reader meant to type.
  const parts = query.split('"');
  parts.forEach((part, i) => {
    if (i % 2 === 1) add(part);
    else part.split(' ').forEach(add);
  });
  return { query, terms, truncated };
}
