import type { ClassifiedPart } from './classify-lines';
import type { FootnoteZone, NoteBody } from './find-footnote-zones';
import { alignByContent } from './align-notes';
import { CIRCLED_MARKERS, circledValue } from './patterns';
import type { SourceLine } from './source-lines';
import { footnotePlaceholder } from './normalize-text';

export { LOST_NOTE } from '../content/anchors';

export interface Footnote {
  /** Number within the part, in reading order of the markers. */
  n: number;
  /** Raw body text, or null when the extraction lost it. */
  text: string | null;
  markerLine: number;
}

export interface PairedFootnotes {
  /** The part's lines with every in-text marker replaced by a footnote placeholder. */
  lines: SourceLine[];
  footnotes: Footnote[];
  /** Bodies found at a page foot whose marker the text lost and whose place the order can't settle. */
  unattached: NoteBody[];
}

const HAS_MARKER = /[①-⑳]/;

interface Pending {
  value: number;
  n: number;
  /** The sentence the marker closes, up to the marker: what the note is about. */
  context: string;
}

/** Lines read back from a marker to find the start of its sentence. */
const CONTEXT_LINES = 6;
/** Where the sentence before a marker starts: after a sentence end or after the previous marker. */
const SENTENCE_BOUNDARY = /[.。!！?？;；①-⑳]/g;

/**
 * The text of the sentence a marker sits in, up to the marker. Only this sentence: the one before it
 * often names another note's subject («辽宁省大数据发展条例»④ … «陕西省大数据条例»⑤), and a longer
 * context gives the wrong marker the better match.
 */
export function sentenceBeforeMarker(textBefore: string): string {
  let start = 0;
  for (const m of textBefore.matchAll(SENTENCE_BOUNDARY)) start = m.index! + 1;
  return textBefore.slice(start);
}

/**
 * Markers restart at ① on every page and their bodies sit at the page foot, so pairing works page by
 * page: markers seen since the last foot are "pending"; a foot's bodies take them by printed number,
 * a marker block takes them in order, and marker-less bodies take them in order when the counts
 * agree, or by shared wording where they don't (align-notes.ts). A marker that restarts the count (① after ②) means a new page began: the earlier page's
 * unmatched markers lost their bodies.
 */
export function pairFootnotes(classified: ClassifiedPart): PairedFootnotes {
  const { part, zones, claimed } = classified;
  const footnotes: Footnote[] = [];
  const unattached: NoteBody[] = [];
  let pending: Pending[] = [];
  let n = 0;

  const settle = (p: Pending, body: NoteBody) => {
    footnotes[p.n - 1].text = body.text;
  };

  const lines = part.lines.map((line, i) => {
    const zone = zones.get(i);
    if (zone) {
      pairZone(zone, pending, settle, unattached);
      pending = [];
      return line;
    }
    if (claimed.get(i) === 'zone') return line;
    if (!HAS_MARKER.test(line.text)) return line;
    const before = part.lines
      .slice(0, i)
      .filter((_, j) => !claimed.has(j))
      .slice(-(CONTEXT_LINES - 1))
      .map((l) => l.text)
      .join('');
    const text = line.text.replace(CIRCLED_MARKERS, (marker, offset: number) => {
      const value = circledValue(marker);
      const last = pending[pending.length - 1];
      // Unmatched markers of the earlier page keep text = null: their bodies were lost.
      if (last && value <= last.value) pending = [];
      n += 1;
      footnotes.push({ n, text: null, markerLine: line.no });
      pending.push({ value, n, context: sentenceBeforeMarker(before + line.text.slice(0, offset)) });
      return footnotePlaceholder(n);
    });
    return { ...line, text };
  });
  return { lines, footnotes, unattached };
}

function pairZone(zone: FootnoteZone, pending: Pending[], settle: (p: Pending, body: NoteBody) => void, unattached: NoteBody[]): void {
  const open = [...pending];
  const take = (value: number): Pending | undefined => {
    const k = open.findIndex((p) => p.value === value);
    return k >= 0 ? open.splice(k, 1)[0] : undefined;
  };
  const unmarked = zone.bodies.filter((b) => b.marker === null);
  for (const body of zone.bodies) {
    if (body.marker === null) continue;
    const target = take(body.marker);
    if (target) settle(target, body);
    else unattached.push(body);
  }
  if (zone.bareMarkers.length > 0 && zone.bareMarkers.length === unmarked.length) {
    zone.bareMarkers.forEach((value, k) => {
      const target = take(value);
      if (target) settle(target, unmarked[k]);
      else unattached.push(unmarked[k]);
    });
    return;
  }
  if (unmarked.length > 0 && unmarked.length === open.length) {
    open.forEach((target, k) => settle(target, unmarked[k]));
    return;
  }
  const pairs = alignByContent(
    open.map((p) => p.context),
    unmarked.map((b) => b.text),
  );
  for (const [marker, body] of pairs) settle(open[marker], unmarked[body]);
  const paired = new Set(pairs.map(([, body]) => body));
  unattached.push(...unmarked.filter((_, k) => !paired.has(k)));
}
