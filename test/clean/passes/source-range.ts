import fs from 'node:fs';
import path from 'node:path';
import type { PartSpec } from '@/lib/content/parts';
import { REPORT_PARTS } from '@/lib/content/parts';
import type { RawPart } from '@/lib/clean/split-parts';
import { toSourceLines, type SourceLine } from '@/lib/clean/source-lines';

export const SOURCE_FILE = path.resolve(__dirname, '../../../content/source/china-ecommerce-report-2022.txt');

let cache: string[] | null = null;
/** All raw lines of the real source (index 0 = line 1). */
export function sourceLines(): string[] {
  cache ??= fs.readFileSync(SOURCE_FILE, 'utf8').split('\n');
  return cache;
}

/** The raw text of source lines `from`..`to` (1-based, inclusive), joined with '\n'. */
export function sourceRange(from: number, to: number): string {
  return sourceLines()
    .slice(from - 1, to)
    .join('\n');
}

/** Source lines `from`..`to` as SourceLine[], numbered as in the source file. */
export function sourceRangeLines(from: number, to: number): SourceLine[] {
  return toSourceLines(sourceRange(from, to)).map((l) => ({ ...l, no: l.no + from - 1 }));
}

/** Raw lines as the extractor left them: a blank line after every line. */
export const lines = (...texts: string[]): SourceLine[] => toSourceLines(texts.join('\n\n'));

export function spec(key: string): PartSpec {
  const found = REPORT_PARTS.find((s) => s.slug === key);
  if (!found) throw new Error(`no part ${key}`);
  return found;
}

/** A RawPart holding the given lines, as splitParts would hand it to the later passes. */
export function rawPart(slug: string, partLines: SourceLine[]): RawPart {
  return { spec: spec(slug), title: '', startLine: partLines[0]?.no ?? 1, lines: partLines };
}
