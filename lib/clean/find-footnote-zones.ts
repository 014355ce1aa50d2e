import { BARE_MARKER, CAPTION, CITATION_HINT, INLINE_NOTE, SOURCE_LINE, URL_TAIL, circledValue } from './patterns';
import { displayWidth, NOTE_LINE_MIN, PAGE_GAP } from './page-geometry';
import type { SourceLine } from './source-lines';

/** One footnote body found at a page foot, with the marker it was printed with (if any survived). */
export interface NoteBody {
  marker: number | null;
  text: string;
  line: number;
}

export interface FootnoteZone {
  /** Indexes (into the part's lines) of the lines the zone covers. */
  start: number;
  end: number;
  /** Markers printed alone before the bodies (a marker block), in order. */
  bareMarkers: number[];
  bodies: NoteBody[];
}

/**
 * Footnotes were set in a smaller font: their wrapped lines run to ~45 columns where body text stops
 * at ~36. That width (page-geometry.ts), the markers, "tight" lines (no blank line between, unlike body
 * text) and citation patterns are what tell a page foot from the text around it.
 */
const WIDE = NOTE_LINE_MIN;

const isWide = (line: SourceLine) => displayWidth(line.text) >= WIDE;
const isUrl = (line: SourceLine) => /^\s*https?:/.test(line.text);
const isStructural = (line: SourceLine) => CAPTION.test(line.text.trim()) || SOURCE_LINE.test(line.text);

function startsZone(lines: readonly SourceLine[], i: number): boolean {
  const line = lines[i];
  if (BARE_MARKER.test(line.text) || INLINE_NOTE.test(line.text)) return true;
  if (!line.blockStart || isStructural(line)) return false;
  const next = lines[i + 1];
  const nextTight = next !== undefined && next.blanksBefore === 0 && !isStructural(next);
  if (!isWide(line) && !nextTight) return false;
  // A marker-less page foot: the run it opens must look like citations.
  let run = line.text;
  for (let j = i + 1; j < lines.length && j <= i + 3; j++) {
    if (lines[j].blanksBefore > 0 && !isWide(lines[j - 1])) break;
    if (isStructural(lines[j])) break;
    run += lines[j].text;
  }
  return CITATION_HINT.test(run);
}

function continuesZone(lines: readonly SourceLine[], i: number, pendingBareMarkers: number): boolean {
  const line = lines[i];
  const previous = lines[i - 1];
  if (line.blanksBefore >= PAGE_GAP || isStructural(line)) return false;
  if (BARE_MARKER.test(line.text) || INLINE_NOTE.test(line.text) || isUrl(line)) return true;
  if (isWide(previous) && !isUrl(previous)) return true;
  if (pendingBareMarkers > 0) return true;
  // A tight line after a complete note is another note only if it reads like one; otherwise it is the
  // first line of the next page, set tight against the foot (营机制,标志着… after a citation).
  const next = lines[i + 1];
  const note = next && (next.blanksBefore === 0 || isWide(line)) ? line.text + next.text : line.text;
  return line.blanksBefore === 0 && CITATION_HINT.test(note);
}

/**
 * Splits a zone's text lines into bodies. A line continues the body before it when that body's last
 * line wrapped (it is wide) or when it is the citation's tail (`[EB/OL]．[date]．`, the URL, or what is
 * left of a URL whose start was lost: a bare hash is never a note of its own).
 */
export function splitBodies(lines: readonly SourceLine[]): NoteBody[] {
  const bodies: NoteBody[] = [];
  let wrapped = false;
  for (const line of lines) {
    const inline = INLINE_NOTE.exec(line.text);
    const text = line.text.trim();
    const continuation = bodies.length > 0 && !inline && (wrapped || /^(https?:|\[|「|EB\/OL)/.test(text) || URL_TAIL.test(text));
    if (continuation) bodies[bodies.length - 1].text += `\n${text}`;
    else if (inline) bodies.push({ marker: circledValue(inline[1]), text: inline[2].trim(), line: line.no });
    else bodies.push({ marker: null, text, line: line.no });
    // A full line that ends a sentence ended its note too (测算. at the right margin).
    wrapped = isWide(line) && !isUrl(line) && !/[.。]$/.test(text);
  }
  return bodies;
}

export function findFootnoteZones(lines: readonly SourceLine[], skip: (i: number) => boolean): FootnoteZone[] {
  const zones: FootnoteZone[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (skip(i) || !startsZone(lines, i)) continue;
    const bare: number[] = [];
    const textLines: SourceLine[] = [];
    let end = i;
    for (let j = i; j < lines.length; j++) {
      const awaitingBodies = bare.length - splitBodies(textLines).filter((b) => b.marker === null).length;
      if (j > i && (skip(j) || !continuesZone(lines, j, awaitingBodies))) break;
      const marker = BARE_MARKER.exec(lines[j].text);
      if (marker) bare.push(circledValue(marker[1]));
      else textLines.push(lines[j]);
      end = j;
    }
    zones.push({ start: i, end, bareMarkers: bare, bodies: splitBodies(textLines) });
    i = end;
  }
  return zones;
}
