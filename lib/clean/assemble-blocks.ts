import { blockIdFromLabel } from '../content/anchors';
import type { Block } from './blocks';
import type { ClassifiedPart, FloatRegion } from './classify-lines';
import { joinWrapped, startsParagraph } from './join-lines';
import { fullDigitsToNumber } from './patterns';
import type { SourceLine } from './source-lines';

export type TableParser = (lines: readonly SourceLine[]) => { header: string[]; rows: string[][] };

/** Full line width in display columns: the preface was set in a larger font than the rest. */
export function fullLineWidth(kind: string): number {
  return kind === 'preface' ? 29 : 35;
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

function floatBlock(region: FloatRegion, lines: readonly SourceLine[], rawLines: readonly SourceLine[], parseTable: TableParser): Block {
  region = { ...region, title: withMarkers(rawLines[region.start].text, lines[region.start].text, region.title) };
  const label = `${LABEL_PREFIX[region.kind]}${fullDigitsToNumber(region.chapter)}-${fullDigitsToNumber(region.n)}`;
  const line = lines[region.start].no;
  const id = blockIdFromLabel(label)!;
  const content = region.content.map((i) => lines[i]);
  if (region.kind === 'figure') {
    return { type: 'figure', id, label, title: region.title, chartText: region.chartText.map((i) => lines[i].text), source: region.source, line };
  }
  if (region.kind === 'table') {
    const { header, rows } = parseTable(content);
    return { type: 'table', id, label, title: region.title, header, rows, source: region.source, line };
  }
  const paragraphs: string[] = [];
  for (const l of content) {
    if (paragraphs.length === 0 || /^\u3000\u3000/.test(l.text)) paragraphs.push(l.text.replace(/^[\u3000 ]+/, ''));
    else paragraphs[paragraphs.length - 1] = joinWrapped(paragraphs[paragraphs.length - 1], l.text);
  }
  return { type: 'box', id, label, title: region.title, paragraphs, source: region.source, line };
}

/**
 * Rebuilds the part's reading order: paragraphs re-joined across wrapped lines and across whatever the
 * page put in the middle of a sentence (page foot, figure, table). Floats met inside a paragraph are
 * held back and placed right after it, where a reader expects them.
 */
export function assembleBlocks(classified: ClassifiedPart, lines: readonly SourceLine[], parseTable: TableParser): Block[] {
  const { part, headings, floats, claimed } = classified;
  const width = fullLineWidth(part.spec.kind);
  const blocks: Block[] = [];
  const held: Block[] = [];
  let paragraph: { text: string; line: number; last: string } | null = null;

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
      const block = floatBlock(region, lines, part.lines, parseTable);
      if (paragraph) held.push(block);
      else blocks.push(block);
      continue;
    }
    if (claimed.has(i)) continue;
    const text = lines[i].text;
    if (paragraph && !startsParagraph(paragraph.last, text, width)) {
      paragraph.text = joinWrapped(paragraph.text, text);
      paragraph.last = text;
      continue;
    }
    closeParagraph();
    paragraph = { text: text.replace(/^[\u3000 ]+/, ''), line: lines[i].no, last: text };
  }
  closeParagraph();
  return blocks;
}
