/**
 * The segmenter's tokens of each unit, carried in the artifact as offsets instead of as a FlexSearch
 * export: the word index and the vocabulary are rebuilt from them at load time (load.ts). Every token
 * is a slice of the unit's indexed text, so "skip g characters, take l" per token is all it takes;
 * written as `l` or `g.l` (decimal), space-separated, it gzips to a fifth of the export (27 vs 116 KiB
 * gzip for the report, plus the 32 KiB vocabulary list the export needed beside it).
 */
import { normalize } from './normalize';
import type { SectionDoc } from './types';

/** What the word index holds for a unit: its text, plus the raw digits of its :num readings (a reader may search the printed 4383). */
export function indexedText(doc: Pick<SectionDoc, 'text' | 'nums'>): string {
  return normalize(`${doc.text}\n${doc.nums.map((n) => n.raw).join(' ')}`);
}

/** Tokens (each a substring of `text`, in order) → the compact form. Throws on a token that is not next in `text`. */
export function encodeTokens(text: string, tokens: readonly string[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const token of tokens) {
    const start = text.indexOf(token, at);
    if (start < 0 || !token) throw new Error(`token ${JSON.stringify(token)} does not occur after offset ${at}`);
    const gap = start - at;
    parts.push(gap ? `${gap}.${token.length}` : String(token.length));
    at = start + token.length;
  }
  return parts.join(' ');
}

/** The compact form → the tokens, sliced from the same `text` it was made from. */
export function decodeTokens(text: string, encoded: string): string[] {
  const tokens: string[] = [];
  if (!encoded) return tokens;
  let at = 0;
  for (const part of encoded.split(' ')) {
    const dot = part.indexOf('.');
    const gap = dot < 0 ? 0 : Number(part.slice(0, dot));
    const length = Number(dot < 0 ? part : part.slice(dot + 1));
    at += gap;
    if (!(length > 0) || at + length > text.length)
      throw new Error(`search artifact tokens do not fit their text (at ${at}): run npm run build:index`);
    tokens.push(text.slice(at, at + length));
    at += length;
  }
  return tokens;
}
