/** Chapter files on disk → section documents and the artifact (the build script's whole job). */
import fs from 'node:fs';
import path from 'node:path';
import { loadChapters, type ChapterDoc } from '@/lib/content/chapters-fs';
import { parseOutline } from '@/lib/content/format';
import { buildArtifact } from './build';
import { addUserWords, cutText, quotedTerms } from './jieba';
import { normalize } from './normalize';
import { chapterSections, unattachedNoteDocs } from './sections';
import type { SearchArtifact, SectionDoc } from './types';

/** Units of every chapter in `dir`, with the unattached notes from the outline.json beside it. */
export function docsFromDir(dir: string, chapters: ChapterDoc[] = loadChapters(dir)): SectionDoc[] {
  const notes = unattachedNotes(path.join(dir, '..', 'outline.json'));
  return chapters.flatMap((c) => {
    const docs = chapterSections(c);
    return [...docs, ...unattachedNoteDocs(c.meta.slug, docs[0]?.chapterTitle ?? c.meta.title, notes.get(c.meta.slug) ?? [])];
  });
}

function unattachedNotes(outlineFile: string): Map<string, { text: string }[]> {
  const out = new Map<string, { text: string }[]>();
  if (!fs.existsSync(outlineFile)) return out;
  const outline = parseOutline(JSON.parse(fs.readFileSync(outlineFile, 'utf8')), outlineFile);
  for (const part of outline.parts) out.set(part.slug, part.unattachedNotes);
  return out;
}

/** Builds the artifact for the chapters in `dir`, teaching jieba the report's quoted terms first. */
export function buildFromDir(dir: string): SearchArtifact {
  const chapters = loadChapters(dir);
  addUserWords(quotedTerms(chapters.map((c) => c.body).join('\n')).map((t) => normalize(t)));
  return buildArtifact(docsFromDir(dir, chapters), cutText);
}
