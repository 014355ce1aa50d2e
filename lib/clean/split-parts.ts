import type { PartSpec } from '../content/parts';
import { SourceError } from './errors';
import type { SourceLine } from './source-lines';

export interface RawPart {
  spec: PartSpec;
  /** The part title as printed (still raw: full-width digits, ASCII punctuation). */
  title: string;
  /** Line of the part's marker. */
  startLine: number;
  lines: SourceLine[];
}

const FULL_DIGITS = '０１２３４５６７８９';
const PREFACE = /^前[\s\u3000]*言$/;
const CHAPTER_MARKER = /^\s*\|第([０-９]+)章\|\s*$/;
const APPENDIX = /^附录([A-Z])[\u3000\s]+(.+)$/;

function markerOf(line: SourceLine): { key: string; title?: string } | null {
  const text = line.text.trim();
  if (PREFACE.test(text)) return { key: 'preface', title: '前言' };
  const chapter = CHAPTER_MARKER.exec(text);
  if (chapter) {
    const n = [...chapter[1]].map((d) => FULL_DIGITS.indexOf(d)).join('');
    return { key: `chapter:${Number(n)}` };
  }
  const appendix = APPENDIX.exec(text);
  if (appendix) return { key: `appendix:${appendix[1]}`, title: appendix[2].trim() };
  return null;
}

function keyOf(spec: PartSpec): string {
  return spec.kind === 'preface' ? 'preface' : `${spec.kind}:${spec.number}`;
}

/**
 * Cuts the report into its declared parts at their markers (前言, |第N章| + title line, 附录X title).
 * The parts list is the single declaration of what a complete source holds: a missing part means a
 * truncated or damaged file, a repeated or out-of-order marker means a damaged one; both are errors.
 */
export function splitParts(lines: readonly SourceLine[], specs: readonly PartSpec[]): RawPart[] {
  const byKey = new Map(specs.map((s) => [keyOf(s), s]));
  const parts: RawPart[] = [];
  for (let i = 0; i < lines.length; i++) {
    const marker = markerOf(lines[i]);
    const spec = marker && byKey.get(marker.key);
    if (!marker || !spec) {
      if (parts.length === 0) {
        throw new SourceError('text before the first part marker', lines[i].no, 'the source must start with 前言');
      }
      parts[parts.length - 1].lines.push(lines[i]);
      continue;
    }
    if (parts.some((p) => p.spec === spec)) {
      throw new SourceError(`${spec.label} appears twice`, lines[i].no, 'duplicated part marker');
    }
    const previous = parts[parts.length - 1];
    if (previous && previous.spec.order > spec.order) {
      throw new SourceError(`${spec.label} comes after ${previous.spec.label}`, lines[i].no, 'parts out of order');
    }
    let title = marker.title;
    if (!title) {
      // A chapter marker's title is the next line.
      const next = lines[i + 1];
      if (!next) throw new SourceError(`${spec.label} has no title line`, lines[i].no);
      title = next.text.trim();
      i += 1;
    }
    parts.push({ spec, title, startLine: lines[i].no, lines: [] });
  }
  const missing = specs.filter((s) => !parts.some((p) => p.spec === s));
  if (missing.length > 0) {
    throw new SourceError(
      `the source is incomplete: missing ${missing.map((s) => s.label).join('、')}`,
      undefined,
      'a truncated or wrong file',
    );
  }
  return parts;
}
