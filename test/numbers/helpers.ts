import fs from 'node:fs';
import path from 'node:path';
import { runPipeline } from '@/lib/clean';
import { findNumbers } from '@/lib/clean/find-numbers';
import { numberTokens } from '@/lib/clean/number-ids';
import { loadCorrections } from '@/lib/numbers/corrections-fs';
import type { CorrectionEntry } from '@/lib/numbers/corrections';
import type { NumberReading, NumberToken } from '@/lib/numbers/types';

/**
 * Test helpers. Passages are copied from content/source/china-ecommerce-report-2022.txt and cleaned by
 * hand to the text form the pipeline's number finder runs on: ASCII digits, Chinese punctuation, no
 * decimal points. Numbers are found by the production tokenizer (lib/clean/find-numbers.ts), so a
 * test sees exactly the tokens the content build would make of the same text.
 */

/** Tokens for every magnitude-unit number of one cleaned block (ids `num-<part>-<n>` from `start`). */
export function blockTokens(text: string, part = '1', start = 1): NumberToken[] {
  return findNumbers(text).map((found, k) => ({
    id: `num-${part}-${start + k}`,
    part,
    section: null,
    raw: found.raw,
    unit: found.unit,
    before: text.slice(0, found.start),
    after: text.slice(found.end),
  }));
}

/** Tokens of a table: one row per string, cells separated by spaces, the first cell a label. */
export function tableTokens(id: string, rows: string[], part = '1', start = 1): NumberToken[] {
  const tokens: NumberToken[] = [];
  rows.forEach((row, r) => {
    const cells = row.split(' ');
    cells.forEach((cell, column) => {
      const [found] = findNumbers(cell);
      if (!found || found.start !== 0 || found.end !== cell.length) return;
      tokens.push({
        id: `num-${part}-${start + tokens.length}`,
        part,
        section: null,
        raw: found.raw,
        unit: found.unit,
        before: cells.slice(0, column).join(' ') + ' ',
        after: cells.slice(column + 1).join(' '),
        table: { id, row: r + 1, column },
      });
    });
  });
  return tokens;
}

/** Joins passages into one token list with unique ids (relations may span passages and chapters). */
export function report(...passages: NumberToken[][]): NumberToken[] {
  return passages.flat().map((t, i) => ({ ...t, id: `${t.id}-${i}` }));
}

/** Reading of the token whose raw digits and unit follow `lead` in its block (first match). */
export function readingOf(tokens: NumberToken[], readings: NumberReading[], lead: string): NumberReading {
  const i = tokens.findIndex((t) => t.before.endsWith(lead));
  if (i < 0) throw new Error(`no token after “${lead}”`);
  return readings[i];
}

let cached: { tokens: NumberToken[]; corrections: CorrectionEntry[] } | null = null;

/** The whole report as the content build tokenizes it, with the committed corrections it applies. */
export function wholeReport(): { tokens: NumberToken[]; corrections: CorrectionEntry[] } {
  if (cached) return cached;
  const source = fs.readFileSync(path.join(process.cwd(), 'content/source/china-ecommerce-report-2022.txt'), 'utf8');
  const corrections = loadCorrections();
  const tokens = runPipeline(source, { corrections }).parts.flatMap((p) => numberTokens(p).map((l) => l.token));
  cached = { tokens, corrections };
  return cached;
}
