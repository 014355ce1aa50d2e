import { findFootnoteZones, type FootnoteZone } from './find-footnote-zones';
import { findHeadings, type HeadingLine } from './find-headings';
import { BOX_TITLE_TAIL_MAX, displayWidth, SOURCE_TAIL_SHORTER_BY, SOURCE_WRAPS_AT } from './page-geometry';
import { CAPTION, HEADING_START, SOURCE_LINE } from './patterns';
import type { SourceLine } from './source-lines';
import type { RawPart } from './split-parts';

export type FloatKind = 'figure' | 'table' | 'box';

/** A figure, table or box: a caption line, what it holds, and its source line(s). */
export interface FloatRegion {
  kind: FloatKind;
  /** Raw label numbers: 图１Ｇ１ → chapter "１", n "１". */
  chapter: string;
  n: string;
  start: number;
  end: number;
  /** Raw caption title (wrapped box titles joined). */
  title: string;
  /** Indexes of the lines between caption and source (table rows, box text). */
  content: number[];
  /** Raw source text (wrapped lines joined), or null when the source gives none. */
  source: string | null;
  /** Indexes of lines before a figure caption that are the chart's own text, flattened (figure 6-1). */
  chartText: number[];
}

export interface ClassifiedPart {
  part: RawPart;
  headings: Map<number, HeadingLine>;
  floats: Map<number, FloatRegion>;
  zones: Map<number, FootnoteZone>;
  /** Line index → what claimed it; unclaimed lines are body text. */
  claimed: Map<number, 'heading' | 'float' | 'zone'>;
}

const KIND: Record<string, FloatKind> = { 图: 'figure', 表: 'table', 专栏: 'box' };

/** Reads a source line that may wrap onto one more line (sources are set small: ~45 columns). */
function readSource(lines: readonly SourceLine[], i: number): { text: string; end: number } {
  let text = lines[i].text.trim();
  let end = i;
  const next = lines[i + 1];
  // The tail of a wrapped source is short; a numbered heading after a long source is not its tail.
  const tail =
    next &&
    !CAPTION.test(next.text.trim()) &&
    !HEADING_START.test(next.text.trim()) &&
    displayWidth(next.text) < SOURCE_WRAPS_AT - SOURCE_TAIL_SHORTER_BY;
  if (displayWidth(lines[i].text) >= SOURCE_WRAPS_AT && tail) {
    text += next.text.trim();
    end = i + 1;
  }
  return { text, end };
}

function findFloats(lines: readonly SourceLine[], taken: (i: number) => boolean): FloatRegion[] {
  const floats: FloatRegion[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (taken(i)) continue;
    const m = CAPTION.exec(lines[i].text.trim());
    if (!m) continue;
    const kind = KIND[m[1]];
    const region: FloatRegion = {
      kind,
      chapter: m[2],
      n: m[3],
      start: i,
      end: i,
      title: m[4].trim(),
      content: [],
      source: null,
      chartText: [],
    };
    // A figure's source follows its caption directly; tables and boxes run until their source line.
    const limit = kind === 'figure' ? i + 2 : lines.length;
    let j = i + 1;
    for (; j < limit && j < lines.length; j++) {
      if (SOURCE_LINE.test(lines[j].text)) break;
      if (kind === 'figure' || CAPTION.test(lines[j].text.trim())) {
        j = lines.length;
        break;
      }
      region.content.push(j);
    }
    if (j < lines.length && SOURCE_LINE.test(lines[j].text)) {
      const source = readSource(lines, j);
      region.source = source.text.replace(/^[\u3000\s]+/, '');
      region.end = source.end;
    } else {
      region.content = [];
      region.end = i;
    }
    if (kind === 'box') joinWrappedBoxTitle(lines, region);
    if (kind === 'figure' && !lines[i].blockStart) region.chartText = chartTextBefore(lines, i, taken);
    floats.push(region);
    i = region.end;
  }
  return floats;
}

/**
 * Captions start a text block (leading space) — except where the chart's own words survived as text
 * and sit right before the caption, which then continues their block. Those lines run back to the end
 * of the last sentence of the body text.
 */
function chartTextBefore(lines: readonly SourceLine[], caption: number, taken: (i: number) => boolean): number[] {
  const text: number[] = [];
  for (let j = caption - 1; j >= 0 && !taken(j) && !/[.。!！?？]$/.test(lines[j].text.trim()); j--) text.unshift(j);
  return text;
}

/** A box title that wrapped continues on a short unindented line; the box text starts indented. */
function joinWrappedBoxTitle(lines: readonly SourceLine[], region: FloatRegion): void {
  const first = region.content[0];
  if (first === undefined) return;
  const text = lines[first].text;
  if (!/^[\u3000]/.test(text) && displayWidth(text) < BOX_TITLE_TAIL_MAX && !/[.。,，]$/.test(text.trim())) {
    region.title += text.trim();
    region.content.shift();
  }
}

/**
 * Decides what every line of a part is: heading, part of a figure/table/box, part of a page-foot
 * footnote zone, or body text. Order matters: floats first (a table row `１ 智利 ２０１６年１１月` looks
 * like a numbered item), then headings, then footnote zones among what is left (a float's source line
 * looks like a citation).
 */
export function classifyLines(part: RawPart): ClassifiedPart {
  const claimed = new Map<number, 'heading' | 'float' | 'zone'>();
  const floats = new Map<number, FloatRegion>();
  for (const region of findFloats(part.lines, (i) => claimed.has(i))) {
    floats.set(region.chartText[0] ?? region.start, region);
    for (const k of region.chartText) claimed.set(k, 'float');
    for (let k = region.start; k <= region.end; k++) claimed.set(k, 'float');
  }
  const headings = new Map<number, HeadingLine>();
  for (const heading of findHeadings(part, (i) => claimed.has(i))) {
    headings.set(heading.index, heading);
    for (let k = 0; k <= heading.extraLines; k++) claimed.set(heading.index + k, 'heading');
  }
  const zones = new Map<number, FootnoteZone>();
  for (const zone of findFootnoteZones(part.lines, (i) => claimed.has(i))) {
    zones.set(zone.start, zone);
    for (let k = zone.start; k <= zone.end; k++) claimed.set(k, 'zone');
  }
  return { part, headings, floats, zones, claimed };
}
