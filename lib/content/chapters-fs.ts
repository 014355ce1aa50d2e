import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { chapterMetaSchema, type ChapterMeta } from './format';

/** REPORT_CONTENT_DIR lets the reader and the scripts read a trial build (e.g. build-content --out /tmp/x) instead of content/. */
export const CONTENT_DIR = process.env.REPORT_CONTENT_DIR
  ? path.resolve(/*turbopackIgnore: true*/ process.env.REPORT_CONTENT_DIR)
  : path.join(/*turbopackIgnore: true*/ process.cwd(), 'content');
export const CHAPTERS_DIR = path.join(CONTENT_DIR, 'chapters');

export type { ChapterMeta };

export interface ChapterDoc {
  meta: ChapterMeta;
  /** The Markdown body without its front matter. */
  body: string;
}

const FRONT_MATTER = /^---\n([\s\S]*?)\n---\n/;

export function parseChapterFile(text: string, file: string): ChapterDoc {
  const match = FRONT_MATTER.exec(text);
  if (!match) throw new Error(`${file}: missing YAML front matter`);
  const parsed = chapterMetaSchema.safeParse(parseYaml(match[1]));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${file}: front matter ${issue.path.join('.') || '(root)'}: ${issue.message}. Regenerate it with \`npm run content\`.`);
  }
  return { meta: parsed.data, body: text.slice(match[0].length) };
}

let cache: ChapterDoc[] | null = null;

/** All chapters in reading order (read once per process: the content is static). */
export function loadChapters(dir = CHAPTERS_DIR): ChapterDoc[] {
  if (cache && dir === CHAPTERS_DIR) return cache;
  const docs = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .map((f) => parseChapterFile(fs.readFileSync(path.join(dir, f), 'utf8'), f))
    .sort((a, b) => a.meta.order - b.meta.order);
  if (dir === CHAPTERS_DIR) cache = docs;
  return docs;
}

export function findChapter(slug: string): ChapterDoc | undefined {
  return loadChapters().find((c) => c.meta.slug === slug);
}
