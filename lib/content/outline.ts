/** outline.json as documented in FORMAT.md: what the reader needs to list parts, sections and blocks. */

export interface OutlineSection { id: string; number: string; title: string; level: number; parent: string | null }
export interface OutlineBlock { id: string; number: string; caption: string; source: string | null; section: string | null }
export interface OutlineTable extends OutlineBlock { rows: number; columns: number }
export interface OutlineFootnote { id: string; n: number; status: 'linked' | 'body-lost'; text: string | null; section: string | null }
export interface OutlineNote { text: string; section: string | null }
export interface OutlineNumber { id: string; raw: string; reading: string; unit: string; status: string; section: string | null; reason?: string }

export interface OutlineUrl { raw: string; url: string; reconstructed: boolean; ambiguous?: boolean }

export interface OutlinePart {
  slug: string;
  order: number;
  kind: 'preface' | 'chapter' | 'appendix';
  number: number | string | null;
  title: string;
  /** The H1 text: `第1章 2022年中国电子商务发展总报告`. */
  heading: string;
  sections: OutlineSection[];
  figures: OutlineBlock[];
  tables: OutlineTable[];
  boxes: OutlineBlock[];
  footnotes: OutlineFootnote[];
  unattachedNotes: OutlineNote[];
  numbers: OutlineNumber[];
  urls: OutlineUrl[];
}

export interface Outline {
  title: string;
  parts: OutlinePart[];
}

const LISTS = ['sections', 'figures', 'tables', 'boxes', 'footnotes', 'unattachedNotes', 'numbers', 'urls'] as const;

/** Missing lists read as empty, so a part the content build has little to say about still renders. */
export function normalizeOutline(raw: unknown): Outline {
  const o = (raw ?? {}) as Partial<Outline>;
  const parts = (o.parts ?? []).map((p) => {
    const part = { ...p } as OutlinePart;
    for (const key of LISTS) (part as unknown as Record<string, unknown[]>)[key] = (p as unknown as Record<string, unknown[]>)[key] ?? [];
    part.slug = String(part.slug);
    return part;
  });
  return { title: o.title ?? '', parts: parts.sort((a, b) => a.order - b.order) };
}

/** Every figure/table/box id of the report: cross-references are only linked when their target exists. */
export function blockIds(outline: Outline): Set<string> {
  const ids = new Set<string>();
  for (const part of outline.parts) for (const b of [...part.figures, ...part.tables, ...part.boxes]) ids.add(b.id);
  return ids;
}

/** `第1章 …` / `附录A …` / `前言`: the label a part is listed under. */
export function partHeading(part: Pick<OutlinePart, 'heading' | 'title'>): string {
  return part.heading || part.title;
}
