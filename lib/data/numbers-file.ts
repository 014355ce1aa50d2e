import type { OutlinePart } from '@/lib/content/format';
import { numberContexts } from '@/lib/numbers/summary';
import { csvWithBom } from './csv';

/** Every number of the report as one record: where it stands, what the source printed, how it is read and why. */
export interface NumberRecord {
  id: string;
  part: string;
  section: string | null;
  /** The sentence around the number, the number itself between 〖〗 as its reading. */
  context: string;
  raw: string;
  reading: string;
  unit: string;
  status: string;
  relation: string;
  basis: string;
  reason: string;
  permalink: string;
}

export const NUMBER_COLUMNS = [
  'id',
  'part',
  'section',
  'context',
  'raw',
  'reading',
  'unit',
  'status',
  'relation',
  'basis',
  'reason',
  'permalink',
] as const;

/** `bodies` maps a part's slug to its chapter Markdown (the contexts come from the text itself). */
export function numberRecords(parts: readonly OutlinePart[], bodies: ReadonlyMap<string, string>): NumberRecord[] {
  return parts.flatMap((part) => {
    const contexts = numberContexts(bodies.get(part.slug) ?? '', 24);
    return part.numbers.map((n): NumberRecord => {
      const c = contexts.get(n.id);
      if (!c)
        throw new Error(`${n.id}: in outline.json but not in chapter ${part.slug}'s text. Regenerate content with \`npm run content\`.`);
      return {
        id: n.id,
        part: part.slug,
        section: n.section,
        context: `${c.before}〖${n.reading}〗${c.after}`,
        raw: n.raw,
        reading: n.reading,
        unit: n.unit,
        status: n.status,
        relation: n.relation ?? '',
        basis: n.basis ?? '',
        reason: n.reason ?? '',
        permalink: `/chapters/${part.slug}#${n.id}`,
      };
    });
  });
}

export function numbersCsv(records: readonly NumberRecord[]): string {
  return csvWithBom([[...NUMBER_COLUMNS], ...records.map((r) => NUMBER_COLUMNS.map((k) => r[k] ?? ''))]);
}
