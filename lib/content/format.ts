/**
 * The content contract: the one shape of content/outline.json, written by the content build
 * (lib/clean/build-outline.ts) and read by the app, the search build and the scripts. It is declared
 * once, as a schema, and checked where the file is read, so a stale or hand-edited outline fails with the
 * path of the bad field instead of rendering a page with holes. FORMAT.md documents it for people.
 */
import { z } from 'zod';

const id = z.string().min(1);
const sectionRef = z.string().nullable();

export const outlineSectionSchema = z.object({
  id,
  /** As printed: `1.1.1`, `B1.2`, `1` (a numbered item, H4). */
  number: z.string(),
  title: z.string(),
  level: z.number().int().min(2).max(6),
  /** The enclosing section's id (H2 for an H3, H3 or H2 for an item); null for an H2. */
  parent: sectionRef,
});

export const outlineBlockSchema = z.object({
  id,
  /** `图1-1`, `表5-1`, `专栏5-1`, or the part's label for appendix A's one table. */
  number: z.string(),
  caption: z.string(),
  source: z.string().nullable(),
  section: sectionRef,
});

export const outlineTableSchema = outlineBlockSchema.extend({
  rows: z.number().int().nonnegative(),
  columns: z.number().int().nonnegative(),
});

export const outlineFootnoteSchema = z.object({
  id,
  n: z.number().int().positive(),
  status: z.enum(['linked', 'body-lost']),
  /** Null when the source lost the body (the reader then shows LOST_NOTE). */
  text: z.string().nullable(),
  section: sectionRef,
});

export const outlineNoteSchema = z.object({
  text: z.string(),
  section: sectionRef,
  /** The source line the note's body starts on. */
  line: z.number().int().positive(),
});

export const numberStatusSchema = z.enum(['unsettled', 'inferred', 'settled', 'confirmed']);

export const outlineNumberSchema = z.object({
  id,
  raw: z.string(),
  reading: z.string(),
  unit: z.string(),
  status: numberStatusSchema,
  section: sectionRef,
  /** 'rule', a relation family, 'correction', 'convention' or 'review' (lib/numbers/types.ts). */
  relation: z.string().optional(),
  /** For confirmed readings: a cited source prints it, or an argument from the text settles it. */
  basis: z.enum(['source', 'argument']).optional(),
  reason: z.string().optional(),
});

export const outlineUrlSchema = z.object({
  raw: z.string(),
  url: z.string(),
  reconstructed: z.boolean(),
  ambiguous: z.boolean(),
});

export const outlinePartSchema = z.object({
  slug: z.string().min(1),
  order: z.number().int(),
  kind: z.enum(['preface', 'chapter', 'appendix']),
  number: z.union([z.number(), z.string()]).nullable(),
  title: z.string(),
  /** The H1 text: `第1章 2022年中国电子商务发展总报告`. */
  heading: z.string(),
  sections: z.array(outlineSectionSchema),
  figures: z.array(outlineBlockSchema),
  tables: z.array(outlineTableSchema),
  boxes: z.array(outlineBlockSchema),
  footnotes: z.array(outlineFootnoteSchema),
  unattachedNotes: z.array(outlineNoteSchema),
  numbers: z.array(outlineNumberSchema),
  urls: z.array(outlineUrlSchema),
});

export const outlineSchema = z.object({
  title: z.string().min(1),
  parts: z.array(outlinePartSchema),
});

/** A chapter file's front matter (content/chapters/<slug>.md). YAML reads `slug: "1"` and `slug: 1` alike. */
export const chapterMetaSchema = z.object({
  slug: z.union([z.string(), z.number()]).transform(String),
  order: z.number().int(),
  kind: z.enum(['preface', 'chapter', 'appendix']),
  number: z.union([z.number(), z.string()]).nullable(),
  title: z.string(),
});

export type ChapterMeta = z.infer<typeof chapterMetaSchema>;
export type OutlineSection = z.infer<typeof outlineSectionSchema>;
export type OutlineBlock = z.infer<typeof outlineBlockSchema>;
export type OutlineTable = z.infer<typeof outlineTableSchema>;
export type OutlineFootnote = z.infer<typeof outlineFootnoteSchema>;
export type OutlineNote = z.infer<typeof outlineNoteSchema>;
export type OutlineNumber = z.infer<typeof outlineNumberSchema>;
export type OutlineUrl = z.infer<typeof outlineUrlSchema>;
export type OutlinePart = z.infer<typeof outlinePartSchema>;
export type Outline = z.infer<typeof outlineSchema>;

export class OutlineFormatError extends Error {}

/** Checks a parsed outline.json against the contract; parts come back in reading order. */
export function parseOutline(raw: unknown, where = 'content/outline.json'): Outline {
  const result = outlineSchema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    const path = issue.path.map(String).join('.');
    throw new OutlineFormatError(`${where}: ${path || '(root)'}: ${issue.message}. Regenerate it with \`npm run content\`.`);
  }
  return { ...result.data, parts: [...result.data.parts].sort((a, b) => a.order - b.order) };
}
