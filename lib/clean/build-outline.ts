import { footnoteId, REPORT_TITLE } from '../content/anchors';
import type { Outline, OutlinePart } from '../content/format';
import type { NumberReading, NumberToken } from '../numbers/types';
import type { CleanBlock, CleanPart } from './clean-part';
import { inlineText, type Inline } from './normalize-text';
import { sectionIds, walkHeadings } from './number-ids';

function inlinesOf(block: CleanBlock): Inline[][] {
  switch (block.type) {
    case 'heading':
      return [block.title];
    case 'paragraph':
      return [block.text];
    case 'figure':
      return [block.title, ...block.chartText, block.source ?? []];
    case 'box':
      return [block.title, ...block.paragraphs, block.source ?? []];
    case 'table':
      return [block.title, ...block.header.flatMap((c) => [c]), ...block.rows.flat(), block.source ?? []];
  }
}

type NumberInline = Extract<Inline, { type: 'number' }>;

function outlinePart(
  part: CleanPart,
  heading: string,
  tokens: NumberToken[],
  readings: Map<string, NumberReading>,
  readingOf: (inline: NumberInline) => string,
): OutlinePart {
  // Titles and captions as readers see them: numbers in their shown reading, not the raw digits.
  const visible = (inlines: readonly Inline[]) => inlineText(inlines, readingOf);
  const spec = part.part.spec;
  const walked = walkHeadings(part);
  const sections = sectionIds(part, walked);
  const out: OutlinePart = {
    slug: spec.slug,
    order: spec.order,
    kind: spec.kind,
    number: spec.number,
    title: visible(part.title),
    heading,
    sections: [],
    figures: [],
    tables: [],
    boxes: [],
    footnotes: [],
    unattachedNotes: [],
    numbers: [],
    urls: [],
  };
  const noteSection = new Map<number, string | null>();
  part.blocks.forEach((block, b) => {
    const section = sections[b];
    for (const inlines of inlinesOf(block)) {
      for (const inline of inlines) {
        if (inline.type === 'footnote' && !noteSection.has(inline.n)) noteSection.set(inline.n, section);
        if (inline.type === 'url')
          out.urls.push({ raw: inline.url.raw, url: inline.url.url, reconstructed: true, ambiguous: inline.url.ambiguous });
      }
    }
    if (block.type === 'heading') {
      const { id, parent } = walked[b]!;
      if (id) out.sections.push({ id, number: block.number, title: visible(block.title), level: block.level, parent });
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
      id: footnoteId(note.n),
      n: note.n,
      status: note.text ? 'linked' : 'body-lost',
      text: note.text ? visible(note.text) : null,
      section: noteSection.get(note.n) ?? null,
    });
    for (const inline of note.text ?? []) {
      if (inline.type === 'url')
        out.urls.push({ raw: inline.url.raw, url: inline.url.url, reconstructed: true, ambiguous: inline.url.ambiguous });
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
    out.numbers.push({
      id: token.id,
      raw: token.raw,
      reading: reading.value,
      unit: token.unit,
      status: reading.status,
      section: token.section,
      ...(reading.relation ? { relation: reading.relation } : {}),
      ...(reading.basis ? { basis: reading.basis } : {}),
      ...(reading.reason ? { reason: reading.reason } : {}),
    });
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
  return { title: REPORT_TITLE, parts: parts.map((p) => outlinePart(p, headingOf(p), tokens, readings, readingOf)) };
}
