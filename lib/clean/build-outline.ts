import { footnoteId, itemId, sectionIdFromNumber } from '../content/anchors';
import type { NumberReading, NumberToken } from '../numbers/types';
import type { CleanBlock, CleanPart } from './clean-part';
import { inlineText, type Inline } from './normalize-text';
import { sectionIds } from './number-ids';

export interface OutlineSection { id: string; number: string; title: string; level: number; parent: string | null }
export interface OutlineFloat { id: string; number: string; caption: string; source: string | null; section: string | null }
export interface OutlinePart {
  slug: string; order: number; kind: string; number: number | string | null; title: string; heading: string;
  sections: OutlineSection[];
  figures: OutlineFloat[];
  tables: (OutlineFloat & { rows: number; columns: number })[];
  boxes: OutlineFloat[];
  footnotes: { id: string; n: number; status: 'linked' | 'body-lost'; text: string | null; section: string | null }[];
  unattachedNotes: { text: string; section: string | null; line: number }[];
  numbers: { id: string; raw: string; reading: string; unit: string; status: string; section: string | null; relation?: string; basis?: 'source' | 'argument'; reason?: string }[];
  urls: { raw: string; url: string; reconstructed: true; ambiguous: boolean }[];
}
export interface Outline { title: string; parts: OutlinePart[] }

function inlinesOf(block: CleanBlock): Inline[][] {
  switch (block.type) {
    case 'heading': return [block.title];
    case 'paragraph': return [block.text];
    case 'figure': return [block.title, ...block.chartText, block.source ?? []];
    case 'box': return [block.title, ...block.paragraphs, block.source ?? []];
    case 'table': return [block.title, ...block.header.map((c) => [c]).flat(), ...block.rows.flat(), block.source ?? []];
  }
}

type NumberInline = Extract<Inline, { type: 'number' }>;

function outlinePart(part: CleanPart, heading: string, tokens: NumberToken[], readings: Map<string, NumberReading>, readingOf: (inline: NumberInline) => string): OutlinePart {
  // Titles and captions as readers see them: numbers in their shown reading, not the raw digits.
  const visible = (inlines: readonly Inline[]) => inlineText(inlines, readingOf);
  const spec = part.part.spec;
  const sections = sectionIds(part.blocks);
  const out: OutlinePart = {
    slug: spec.slug, order: spec.order, kind: spec.kind, number: spec.number, title: visible(part.title), heading,
    sections: [], figures: [], tables: [], boxes: [], footnotes: [], unattachedNotes: [], numbers: [], urls: [],
  };
  const parents: (string | null)[] = [null, null, null, null, null];
  const noteSection = new Map<number, string | null>();
  part.blocks.forEach((block, b) => {
    const section = sections[b];
    for (const inlines of inlinesOf(block)) {
      for (const inline of inlines) {
        if (inline.type === 'footnote' && !noteSection.has(inline.n)) noteSection.set(inline.n, section);
        if (inline.type === 'url') out.urls.push({ raw: inline.url.raw, url: inline.url.url, reconstructed: true, ambiguous: inline.url.ambiguous });
      }
    }
    if (block.type === 'heading') {
      const id = block.level === 4 ? itemId(parents[3] ?? parents[2] ?? 'sec', Number(block.number)) : sectionIdFromNumber(block.number);
      parents[block.level] = id;
      for (let l = block.level + 1; l < parents.length; l++) parents[l] = null;
      const parent = parents.slice(2, block.level).reverse().find((p) => p) ?? null;
      out.sections.push({ id, number: block.number, title: visible(block.title), level: block.level, parent });
      return;
    }
    if (block.type === 'paragraph') return;
    const entry = {
      id: block.id,
      number: block.label || part.part.spec.label,
      caption: visible(block.title),
      source: block.source ? visible(block.source) : null,
      section,
    };
    if (block.type === 'figure') out.figures.push(entry);
    else if (block.type === 'box') out.boxes.push(entry);
    else out.tables.push({ ...entry, rows: block.rows.length, columns: block.header.length });
  });
  for (const note of part.footnotes) {
    out.footnotes.push({
      id: footnoteId(note.n), n: note.n, status: note.text ? 'linked' : 'body-lost',
      text: note.text ? visible(note.text) : null, section: noteSection.get(note.n) ?? null,
    });
    for (const inline of note.text ?? []) {
      if (inline.type === 'url') out.urls.push({ raw: inline.url.raw, url: inline.url.url, reconstructed: true, ambiguous: inline.url.ambiguous });
    }
  }
  // A note without a marker belongs to the section whose text its page foot sits in.
  const sectionAt = (line: number) => {
    let found: string | null = null;
    part.blocks.forEach((block, b) => {
      if (block.line <= line) found = sections[b];
    });
    return found;
  };
  out.unattachedNotes = part.unattached.map((u) => ({ text: visible(u.text), section: sectionAt(u.line), line: u.line }));
  for (const token of tokens.filter((t) => t.part === spec.slug)) {
    const reading = readings.get(token.id)!;
    out.numbers.push({ id: token.id, raw: token.raw, reading: reading.value, unit: token.unit, status: reading.status, section: token.section, ...(reading.relation ? { relation: reading.relation } : {}), ...(reading.basis ? { basis: reading.basis } : {}), ...(reading.reason ? { reason: reading.reason } : {}) });
  }
  return out;
}

export function buildOutline(
  parts: CleanPart[],
  tokens: NumberToken[],
  readings: Map<string, NumberReading>,
  headingOf: (p: CleanPart) => string,
  readingOf: (inline: NumberInline) => string,
): Outline {
  return { title: '中国电子商务报告2022', parts: parts.map((p) => outlinePart(p, headingOf(p), tokens, readings, readingOf)) };
}
