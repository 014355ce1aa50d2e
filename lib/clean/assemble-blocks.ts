import { blockIdFromLabel } from '../content/anchors';
import type { Block } from './blocks';
import type { ClassifiedPart, FloatRegion } from './classify-lines';
import { joinWrapped, paragraphBreak, type ParagraphDecision, type ParagraphRule } from './join-lines';
import { nominalLineWidth, regionFullWidth } from './page-geometry';
import { fullDigitsToNumber } from './patterns';
import type { SourceLine } from './source-lines';

export type TableParser = (lines: readonly SourceLine[]) => { header: string[]; rows: string[][] };

/** How many line-to-line decisions each paragraph rule made in a part, and where the close calls were. */
export interface ParagraphRuleCounts {
  rules: Partial<Record<ParagraphRule, number>>;
  /** Source lines of the lines whose start (or not) of a paragraph was a close call, with the decision. */
  close: { line: number; starts: boolean }[];
}

export interface AssembledPart {
  blocks: Block[];
  paragraphRules: ParagraphRuleCounts;
}

function countInto(counts: ParagraphRuleCounts, decision: ParagraphDecision, line: SourceLine): boolean {
  counts.rules[decision.rule] = (counts.rules[decision.rule] ?? 0) + 1;
  if (decision.close) counts.close.push({ line: line.no, starts: decision.starts });
  return decision.starts;
}

/**
 * Titles were read from the raw lines during classification; footnote markers in them have since been
 * replaced on the paired lines. A title is a suffix of its line, so the paired line's suffix of the
 * same start is the title with its markers.
 */
function withMarkers(rawLine: string, pairedLine: string, rawTitle: string): string {
  if (rawLine === pairedLine) return rawTitle;
  const raw = rawLine.trim();
  const at = raw.indexOf(rawTitle.slice(0, 4));
  return at < 0 ? rawTitle : pairedLine.trim().slice(at) + rawTitle.slice(raw.length - at);
}

const LABEL_PREFIX = { figure: '图', table: '表', box: '专栏' } as const;

interface Context {
  lines: readonly SourceLine[];
  rawLines: readonly SourceLine[];
  parseTable: TableParser;
  /** The body text's full width: a box too short to show its own measure falls back to it. */
  bodyWidth: number;
  counts: ParagraphRuleCounts;
}

/** A box's text keeps the indent of its first paragraph only; later ones are told by the same geometry as body text. */
function boxParagraphs(content: readonly SourceLine[], context: Context): string[] {
  const width = regionFullWidth(
    content.map((l) => l.text),
    context.bodyWidth,
  );
  const paragraphs: string[] = [];
  let last = '';
  let lastIsFirst = false;
  for (const l of content) {
    const starts: boolean = paragraphs.length === 0 || countInto(context.counts, paragraphBreak(last, l.text, width, lastIsFirst), l);
    if (starts) paragraphs.push(l.text.replace(/^[\u3000 ]+/, ''));
    else paragraphs[paragraphs.length - 1] = joinWrapped(paragraphs[paragraphs.length - 1], l.text);
    last = l.text;
    lastIsFirst = starts;
  }
  return paragraphs;
}

function floatBlock(region: FloatRegion, context: Context): Block {
  const { lines, rawLines, parseTable } = context;
  region = { ...region, title: withMarkers(rawLines[region.start].text, lines[region.start].text, region.title) };
  const label = `${LABEL_PREFIX[region.kind]}${fullDigitsToNumber(region.chapter)}-${fullDigitsToNumber(region.n)}`;
  const line = lines[region.start].no;
  const id = blockIdFromLabel(label)!;
  const content = region.content.map((i) => lines[i]);
  if (region.kind === 'figure') {
    return {
      type: 'figure',
      id,
      label,
      title: region.title,
      chartText: region.chartText.map((i) => lines[i].text),
      source: region.source,
      line,
    };
  }
  if (region.kind === 'table') {
    const { header, rows } = parseTable(content);
    return { type: 'table', id, label, title: region.title, header, rows, source: region.source, line };
  }
  return { type: 'box', id, label, title: region.title, paragraphs: boxParagraphs(content, context), source: region.source, line };
}

/**
 * Rebuilds the part's reading order: paragraphs re-joined across wrapped lines and across whatever the
 * page put in the middle of a sentence (page foot, figure, table). Floats met inside a paragraph are
 * held back and placed right after it, where a reader expects them.
 */
export function assembleBlocks(classified: ClassifiedPart, lines: readonly SourceLine[], parseTable: TableParser): AssembledPart {
  const { part, headings, floats, claimed } = classified;
  const width = regionFullWidth(
    part.lines.filter((_, i) => !claimed.has(i)).map((l) => l.text),
    nominalLineWidth(part.spec.kind),
  );
  const counts: ParagraphRuleCounts = { rules: {}, close: [] };
  const context: Context = { lines, rawLines: part.lines, parseTable, bodyWidth: width, counts };
  const blocks: Block[] = [];
  const held: Block[] = [];
  let paragraph: { text: string; line: number; last: string; lastIsFirst: boolean } | null = null;

  const closeParagraph = () => {
    if (paragraph) blocks.push({ type: 'paragraph', text: paragraph.text, line: paragraph.line });
    paragraph = null;
    blocks.push(...held.splice(0));
  };

  for (let i = 0; i < lines.length; i++) {
    const heading = headings.get(i);
    if (heading) {
      closeParagraph();
      const title = withMarkers(part.lines[i].text, lines[i].text, heading.title);
      blocks.push({ type: 'heading', level: heading.level, number: heading.number, title, line: lines[i].no });
      continue;
    }
    const region = floats.get(i);
    if (region) {
      const block = floatBlock(region, context);
      if (paragraph) held.push(block);
      else blocks.push(block);
      continue;
    }
    if (claimed.has(i)) continue;
    const text = lines[i].text;
    if (paragraph && !countInto(counts, paragraphBreak(paragraph.last, text, width, paragraph.lastIsFirst), lines[i])) {
      paragraph.text = joinWrapped(paragraph.text, text);
      paragraph.last = text;
      paragraph.lastIsFirst = false;
      continue;
    }
    closeParagraph();
    paragraph = { text: text.replace(/^[\u3000 ]+/, ''), line: lines[i].no, last: text, lastIsFirst: true };
  }
  closeParagraph();
  return { blocks, paragraphRules: counts };
}
