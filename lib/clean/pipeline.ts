import { REPORT_PARTS, type PartSpec } from '../content/parts';
import { classifyNumbers } from '../numbers/classify';
import type { NumberReading, NumberToken } from '../numbers/types';
import { cleanPart, type CleanPart } from './clean-part';
import { dropPageFurniture, type FurnitureReport } from './drop-page-furniture';
import { emitMarkdown } from './emit-markdown';
import { SourceError } from './errors';
import { normalizeText, inlineText, type Inline } from './normalize-text';
import { numberTokens } from './number-ids';
import { buildOutline, type Outline } from './build-outline';
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
    blocks: [{ type: 'table', id: `tbl-${String(part.spec.number).toLowerCase()}-1`, label: '', title: n(part.title), header: header.map(n), rows: rows.map((r) => r.map(n)), source: null, line: part.startLine }],
    footnotes: [],
    unattached: [],
  };
}

/**
 * The whole cleaning, from the source text to Markdown files and the outline. Pure: text in, files
 * out. The order is forced: furniture goes before part splitting (a page number can sit between a
 * chapter marker and its title); parts are cleaned independently (footnotes number per chapter);
 * numbers are classified once for the whole report, because the text's arithmetic crosses chapters.
 */
/**
 * Cleans an excerpt of the source as if it were (part of) the given part: for fixture tests and for
 * checking a pass on a few pages. Returns the Markdown body without front matter.
 */
export function cleanExcerpt(excerpt: string, spec: PartSpec): string {
  const { lines } = dropPageFurniture(toSourceLines(excerpt));
  const raw: RawPart = { spec, title: '', startLine: lines[0]?.no ?? 1, lines };
  const part = spec.layout === 'table' ? cleanTablePart(raw) : cleanPart(raw, parseFlatTable);
  const located = numberTokens(part);
  // An excerpt need not contain every corrected number.
  const readings = new Map(classifyNumbers(located.map((l) => l.token), { strict: false }).map((r) => [r.id, r]));
  const idOf = new Map(located.map((l) => [l.inline, l.token.id]));
  const markdown = emitMarkdown(part, {
    partTitle: spec.label,
    heading: spec.label,
    readingOf: (inline) => ({ id: idOf.get(inline)!, reading: readings.get(idOf.get(inline)!)! }),
  });
  return markdown.slice(markdown.indexOf('\n---\n') + 5);
}

export function runPipeline(source: string, specs: readonly PartSpec[] = REPORT_PARTS): PipelineResult {
  if (source.trim() === '') throw new SourceError('the source text is empty');
  const started = performance.now();
  const { lines, report: furniture } = dropPageFurniture(toSourceLines(source));
  const rawParts = splitParts(lines, specs);
  for (const part of rawParts) {
    if (part.lines.length === 0) throw new SourceError(`${part.spec.label} has no text`, part.startLine, 'a truncated file?');
  }
  const parts = rawParts.map((part) => (part.spec.layout === 'table' ? cleanTablePart(part) : cleanPart(part, parseFlatTable)));

  const cleaned = performance.now();
  const located = parts.flatMap((part) => numberTokens(part));
  const tokens: NumberToken[] = located.map((l) => l.token);
  // The whole report: every reviewed correction must apply to exactly one number, or the build fails.
  const readings = new Map(classifyNumbers(tokens, { strict: true }).map((r) => [r.id, r]));
  const idOf = new Map(located.map((l) => [l.inline, l.token.id]));
  const classified = performance.now();

  const chapters = new Map<string, string>();
  for (const part of parts) {
    const title = inlineText(part.title);
    const markdown = emitMarkdown(part, {
      partTitle: title,
      heading: headingOf(part.part.spec, title),
      readingOf: (inline: Extract<Inline, { type: 'number' }>) => {
        const id = idOf.get(inline)!;
        const reading = readings.get(id);
        if (!reading) throw new Error(`numbers pass returned no reading for ${id}`);
        return { id, reading };
      },
    });
    chapters.set(part.part.spec.slug, markdown);
  }
  const readingOf = (inline: Extract<Inline, { type: 'number' }>) => readings.get(idOf.get(inline)!)!.value;
  const outline = buildOutline(parts, tokens, readings, (p) => headingOf(p.part.spec, inlineText(p.title)), readingOf);
  const timings = { clean: cleaned - started, numbers: classified - cleaned, emit: performance.now() - classified };
  return { chapters, outline, parts, furniture, readings, timings };
}
