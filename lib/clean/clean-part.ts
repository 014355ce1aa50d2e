import type { Block } from './blocks';
import { assembleBlocks, type ParagraphRuleCounts, type TableParser } from './assemble-blocks';
import { classifyLines } from './classify-lines';
import type { NoteBody } from './find-footnote-zones';
import { joinWrapped } from './join-lines';
import { normalizeText, type Inline } from './normalize-text';
import { pairFootnotes } from './pair-footnotes';
import { URL_TAIL } from './patterns';
import type { RawPart } from './split-parts';

/** A block after normalisation: every text is a list of inline pieces (text, footnote, number, URL). */
export type CleanBlock =
  | { type: 'heading'; level: 2 | 3 | 4; number: string; title: Inline[]; line: number }
  | { type: 'paragraph'; text: Inline[]; line: number }
  | { type: 'figure'; id: string; label: string; title: Inline[]; chartText: Inline[][]; source: Inline[] | null; line: number }
  | {
      type: 'table';
      id: string;
      label: string;
      title: Inline[];
      header: Inline[][];
      rows: Inline[][][];
      source: Inline[] | null;
      line: number;
    }
  | { type: 'box'; id: string; label: string; title: Inline[]; paragraphs: Inline[][]; source: Inline[] | null; line: number };

export interface CleanPart {
  part: RawPart;
  title: Inline[];
  blocks: CleanBlock[];
  /** Footnotes in marker order; `text` null = the extraction lost the body. */
  footnotes: { n: number; text: Inline[] | null; markerLine: number }[];
  unattached: { text: Inline[]; line: number }[];
  /** What decided the part's paragraph boundaries (empty for a part that is one table). */
  paragraphRules: ParagraphRuleCounts;
}

const noteText = (body: string) =>
  normalizeText(
    body.split('\n').reduce((acc, line) => (acc ? joinNoteLine(acc, line) : line), ''),
    'note',
  );

/**
 * A URL starting a note line needs a space before it; what is left of a URL whose beginning was lost
 * (a bare hash) follows after an ellipsis, which says that its start is missing. Other wrapped note
 * lines join like text.
 */
function joinNoteLine(before: string, line: string): string {
  if (/^https?:/.test(line)) return `${before} ${line}`;
  if (URL_TAIL.test(line)) return `${before} …${line}`;
  return joinWrapped(before, line);
}

function cleanBlock(block: Block, titleMode: 'text' | 'note'): CleanBlock {
  const n = (s: string) => normalizeText(s);
  const nullable = (s: string | null) => (s === null ? null : normalizeText(s));
  switch (block.type) {
    case 'heading':
      return { ...block, title: normalizeText(block.title, titleMode) };
    case 'paragraph':
      return { ...block, text: n(block.text) };
    case 'figure':
      return {
        ...block,
        title: n(block.title),
        chartText: block.chartText.map((t) => normalizeText(t, 'note')),
        source: nullable(block.source),
      };
    case 'table':
      return {
        ...block,
        title: n(block.title),
        source: nullable(block.source),
        header: block.header.map(n),
        rows: block.rows.map((r) => r.map(n)),
      };
    case 'box':
      return { ...block, title: n(block.title), source: nullable(block.source), paragraphs: block.paragraphs.map(n) };
  }
}

/** One part from raw lines to cleaned blocks: classify, pair footnotes, assemble, normalise. */
export function cleanPart(part: RawPart, parseTable: TableParser): CleanPart {
  const classified = classifyLines(part);
  const paired = pairFootnotes(classified);
  const { blocks, paragraphRules } = assembleBlocks(classified, paired.lines, parseTable);
  // Appendix B/C case titles are two clauses separated by a space, which must survive.
  const titleMode = part.spec.kind === 'appendix' ? 'note' : 'text';
  return {
    part,
    title: normalizeText(part.title, 'note'),
    blocks: blocks.map((b) => cleanBlock(b, titleMode)),
    footnotes: paired.footnotes.map((f) => ({ n: f.n, text: f.text === null ? null : noteText(f.text), markerLine: f.markerLine })),
    unattached: paired.unattached.map((b: NoteBody) => ({ text: noteText(b.text), line: b.line })),
    paragraphRules,
  };
}
