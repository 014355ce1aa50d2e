import fs from 'node:fs';
import path from 'node:path';
import { MAGNITUDE_UNIT, scanSource } from '@/lib/numbers/scan-source';
import type { NumberReading, NumberToken } from '@/lib/numbers/types';

/**
 * Test helpers. Passages are copied from content/source/china-ecommerce-report-2022.txt and cleaned by
 * hand to the token form the pipeline produces: ASCII digits, Chinese punctuation, no decimal points.
 */

/** Tokens for every magnitude-unit number of one cleaned block (ids `num-<part>-<n>` from `start`). */
export function blockTokens(text: string, part = '1', start = 1): NumberToken[] {
  const tokens: NumberToken[] = [];
  for (const m of text.matchAll(/(?<![\d-])(-?\d+)/g)) {
    const after = text.slice(m.index + m[0].length);
    const unit = MAGNITUDE_UNIT.exec(after);
    if (!unit || /^(年|月|日)/.test(after)) continue;
    tokens.push({
      id: `num-${part}-${start + tokens.length}`,
      part,
      section: null,
      raw: m[1],
      unit: unit[1].replace('％', '%'),
      before: text.slice(0, m.index),
      after: after.slice(unit[1].length),
    });
  }
  return tokens;
}

/** Tokens of a table: one row per string, cells separated by spaces, the first cell a label. */
export function tableTokens(id: string, rows: string[], part = '1', start = 1): NumberToken[] {
  const tokens: NumberToken[] = [];
  rows.forEach((row, r) => {
    const cells = row.split(' ');
    cells.forEach((cell, column) => {
      const m = /^(-?\d+)(%)$/.exec(cell);
      if (!m) return;
      tokens.push({
        id: `num-${part}-${start + tokens.length}`,
        part,
        section: null,
        raw: m[1],
        unit: m[2],
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

let cached: NumberToken[] | null = null;

/** The whole report, tokenized by the preview scanner (not the production pipeline). */
export function wholeReport(): NumberToken[] {
  cached ??= scanSource(fs.readFileSync(path.join(process.cwd(), 'content/source/china-ecommerce-report-2022.txt'), 'utf8'));
  return cached;
}
