import { REPORT_PARTS, type PartSpec } from '../content/parts';
import { classifyNumbers } from '../numbers/classify';
import type { CorrectionEntry } from '../numbers/corrections';
import type { NumberReading, NumberToken } from '../numbers/types';
import { cleanPart, type CleanPart } from './clean-part';
import { dropPageFurniture, type FurnitureReport } from './drop-page-furniture';
import { emitMarkdown } from './emit-markdown';
import { SourceError } from './errors';
import { normalizeText, inlineText, type Inline } from './normalize-text';
import { numberTokens } from './number-ids';
import type { Outline } from '../content/format';
import { buildOutline } from './build-outline';
import { parseAppendixA } from './parse-appendix-a';
import { parseFlatTable } from './parse-flat-table';
import { toSourceLines } from './source-lines';
import { splitParts, type RawPart } from './split-parts';

export interface PipelineResult {
  /** slug → Markdown file text. */
  chapters: Map<string, string>;
  outline: Outline;
  parts: CleanPart[];
  furniture: FurnitureReport;
  readings: Map<string, NumberReading>;
  /** Milliseconds per stage: cleaning the parts, classifying the numbers, emitting Markdown and outline. */
  timings: { clean: number; numbers: number; emit: number };
}

function headingOf(spec: PartSpec, title: string): string {
  if (spec.kind === 'preface') return title;
  return `${spec.label} ${title}`;
}

/** Appendix A is a list of laws: the whole part is one table, captioned by the part's own heading. */
function cleanTablePart(part: RawPart): CleanPart {
  const { header, rows } = parseAppendixA(part.lines);
  // 'note' mode: the single spaces left between co-issuing departments are the source's own.
  const n = (s: string) => normalizeText(s, 'note');
  return {
    part,
    title: normalizeText(part.title, 'note'),
    blocks: [
      {
        type: 'table',
        id: `tbl-${String(part.spec.number).toLowerCase()}-1`,
        label: '',
        title: n(part.title),
        header: header.map(n),
        rows: rows.map((r) => r.map(n)),
        source: null,
        line: part.startLine,
      },
    ],
    footnotes: [],
    unattached: [],
    paragraphRules: { rules: {}, close: [] },
  };
}

type NumberInline = Extract<Inline, { type: 'number' }>;

const cleanRawPart = (part: RawPart): CleanPart => (part.spec.layout === 'table' ? cleanTablePart(part) : cleanPart(part, parseFlatTable));

/**
 * Classifies the numbers of the given parts in one go and gives each number inline its reading.
 * `strict`: every reviewed correction must apply to exactly one number (a whole report), or the
 * build fails; an excerpt need not contain every corrected number.
 */
function readNumbers(parts: readonly CleanPart[], strict: boolean, corrections: readonly CorrectionEntry[]) {
  const located = parts.flatMap((part) => numberTokens(part));
  const tokens: NumberToken[] = located.map((l) => l.token);
  const readings = new Map(classifyNumbers(tokens, { strict, corrections }).map((r) => [r.id, r]));
  const idOf = new Map(located.map((l) => [l.inline, l.token.id]));
  const readingOf = (inline: NumberInline): { id: string; reading: NumberReading } => {
    const id = idOf.get(inline)!;
    const reading = readings.get(id);
    if (!reading) throw new Error(`numbers pass returned no reading for ${id}`);
    return { id, reading };
  };
  return { tokens, readings, readingOf };
}

/**
 * Cleans an excerpt of the source as if it were (part of) the given part: for fixture tests and for
 * checking a pass on a few pages. Returns the Markdown body without front matter.
 */
export function cleanExcerpt(excerpt: string, spec: PartSpec, corrections: readonly CorrectionEntry[] = []): string {
  const { lines } = dropPageFurniture(toSourceLines(excerpt));
  const part = cleanRawPart({ spec, title: '', startLine: lines[0]?.no ?? 1, lines });
  const { readingOf } = readNumbers([part], false, corrections);
  const markdown = emitMarkdown(part, { partTitle: spec.label, heading: spec.label, readingOf });
  return markdown.slice(markdown.indexOf('\n---\n') + 5);
}

/**
 * The whole cleaning, from the source text to Markdown files and the outline. Pure: text in, files
 * out. The order is forced: furniture goes before part splitting (a page number can sit between a
 * chapter marker and its title); parts are cleaned independently (footnotes number per chapter);
 * numbers are classified once for the whole report, because the text's arithmetic crosses chapters.
 */
export interface PipelineOptions {
  specs?: readonly PartSpec[];
  /** Reviewed number corrections (content/number-corrections.json); each must match exactly one number. */
  corrections?: readonly CorrectionEntry[];
}

export function runPipeline(source: string, { specs = REPORT_PARTS, corrections = [] }: PipelineOptions = {}): PipelineResult {
  if (source.trim() === '') throw new SourceError('the source text is empty');
  const started = performance.now();
  const { lines, report: furniture } = dropPageFurniture(toSourceLines(source));
  const rawParts = splitParts(lines, specs);
  for (const part of rawParts) {
    if (part.lines.length === 0) throw new SourceError(`${part.spec.label} has no text`, part.startLine, 'a truncated file?');
  }
  const parts = rawParts.map(cleanRawPart);

  const cleaned = performance.now();
  const { tokens, readings, readingOf } = readNumbers(parts, true, corrections);
  const classified = performance.now();

  const chapters = new Map<string, string>();
  for (const part of parts) {
    const title = inlineText(part.title);
    chapters.set(part.part.spec.slug, emitMarkdown(part, { partTitle: title, heading: headingOf(part.part.spec, title), readingOf }));
  }
  const readingText = (inline: NumberInline) => readingOf(inline).reading.value;
  const outline = buildOutline(parts, tokens, readings, (p) => headingOf(p.part.spec, inlineText(p.title)), readingText);
  const timings = { clean: cleaned - started, numbers: classified - cleaned, emit: performance.now() - classified };
  return { chapters, outline, parts, furniture, readings, timings };
}
