/** Chapter files on disk → section documents and the artifact (the build script's whole job). */
import fs from 'node:fs';
import path from 'node:path';
import { loadChapters, type ChapterDoc } from '@/lib/content/chapters-fs';
import { parseOutline } from '@/lib/content/format';
import { buildArtifact } from './build';
import { equivalenceGroups, minePairs, type EquivalenceGroup, type ReviewedList } from './equivalences';
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

/** The reviewed list beside the chapters (content/search-equivalences.json); none if absent. */
export const EQUIVALENCES_FILE = 'search-equivalences.json';

function readReviewed(dir: string): ReviewedList {
  const file = path.join(dir, '..', EQUIVALENCES_FILE);
  if (!fs.existsSync(file)) return { groups: [], rejected: [] };
  const data = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<ReviewedList>;
  return { groups: data.groups ?? [], rejected: data.rejected ?? [] };
}

/**
 * The report's own definitions plus the reviewed list. A listed form the report never prints, or a
 * rejection that no longer matches a mined pair, fails the build: the list must never silently stop applying.
 */
export function equivalencesFor(dir: string, docs: SectionDoc[]): EquivalenceGroup[] {
  const reviewed = readReviewed(dir);
  const byChapter = new Map<string, string[]>();
  for (const d of docs) byChapter.set(d.chapter, [...(byChapter.get(d.chapter) ?? []), d.text]);
  const titles = new Map(docs.map((d) => [d.chapter, d.chapterTitle]));
  const mined = minePairs([...byChapter].map(([slug, texts]) => ({ slug, text: texts.join('\n') })));
  const corpus = normalize(docs.map((d) => d.text).join('\n'));
  const missing = reviewed.groups.flatMap((g) => g.forms).filter((f) => !corpus.includes(normalize(f).trim()));
  if (missing.length)
    throw new Error(`${EQUIVALENCES_FILE}: ${missing.map((f) => `“${f}”`).join('、')} never occurs in the report; fix or remove the entry`);
  const stale = reviewed.rejected.filter((r) => !mined.some((p) => p.short === r.short && p.full === r.full));
  if (stale.length)
    throw new Error(
      `${EQUIVALENCES_FILE}: rejected ${stale.map((r) => `${r.short} ← ${r.full}`).join('; ')} is no longer mined; remove it`,
    );
  return equivalenceGroups(mined, reviewed, (slug) => titles.get(slug) ?? slug);
}

/** Builds the artifact for the chapters in `dir`, teaching jieba the report's quoted terms first. */
export function buildFromDir(dir: string): SearchArtifact {
  const chapters = loadChapters(dir);
  addUserWords(quotedTerms(chapters.map((c) => c.body).join('\n')).map((t) => normalize(t)));
  const docs = docsFromDir(dir, chapters);
  return buildArtifact(docs, cutText, equivalencesFor(dir, docs));
}
