import { loadChapters } from '@/lib/content/chapters-fs';
import { loadOutline } from '@/lib/content/outline-fs';
import { partHeading, type OutlinePart } from '@/lib/content/outline';
import { CLASS_LABEL, classOf, countByPart, numberContexts, type NumberClass } from '@/lib/numbers/summary';

/** One number as the review pages list it: where it stands, what the source printed, how it is read and why. */
export interface NumberRow {
  id: string;
  before: string;
  reading: string;
  after: string;
  raw: string;
  unit: string;
  cls: NumberClass;
  label: string;
  reason: string;
}

export function partsWithNumbers(): OutlinePart[] {
  return loadOutline().parts.filter((p) => p.numbers.length > 0);
}

export function numberCounts() {
  return countByPart(partsWithNumbers().map((p) => ({ slug: p.slug, label: partHeading(p).split(' ')[0], numbers: p.numbers })));
}

/** Every number of one part in reading order, with its context from the chapter's own text. */
export function numberRows(slug: string): { part: OutlinePart; rows: NumberRow[] } | undefined {
  const part = loadOutline().parts.find((p) => p.slug === slug);
  const chapter = loadChapters().find((c) => c.meta.slug === slug);
  if (!part || !chapter || part.numbers.length === 0) return undefined;
  const contexts = numberContexts(chapter.body, 18);
  const rows = part.numbers.map((n): NumberRow => {
    const cls = classOf(n);
    const c = contexts.get(n.id);
    return {
      id: n.id,
      before: c?.before ?? '',
      reading: n.reading,
      after: c?.after ?? '',
      raw: n.raw,
      unit: n.unit,
      cls,
      label: CLASS_LABEL[cls],
      reason: n.reason ?? '',
    };
  });
  return { part, rows };
}
