/** Chapter files on disk → section documents and the artifact (the build script's whole job). */
import { loadChapters } from '@/lib/content/chapters-fs';
import { buildArtifact } from './build';
import { addUserWords, cutText, quotedTerms } from './jieba';
import { normalize } from './normalize';
import { chapterSections } from './sections';
import type { SearchArtifact, SectionDoc } from './types';

export function docsFromDir(dir: string): SectionDoc[] {
  return loadChapters(dir).flatMap((c) => chapterSections(c));
}

/** Builds the artifact for the chapters in `dir`, teaching jieba the report's quoted terms first. */
export function buildFromDir(dir: string): SearchArtifact {
  const chapters = loadChapters(dir);
  addUserWords(quotedTerms(chapters.map((c) => c.body).join('\n')).map((t) => normalize(t)));
  const docs = chapters.flatMap((c) => chapterSections(c));
  return buildArtifact(docs, cutText);
}
