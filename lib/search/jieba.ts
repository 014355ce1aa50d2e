/**
 * Build-time segmentation with nodejieba. Never imported by app code or by the query path: loading
 * the dictionary costs ~1 s and ~240 MiB. HMM is on (`cut(s, true)`): without it jieba cuts 2022 and
 * GMV into single characters.
 */
import { createRequire } from 'node:module';
import { isIndexable } from './segment';

type Jieba = typeof import('nodejieba');
let jieba: Jieba | null = null;

/** Loads the dictionary now (the first cut would), so a build can report the load apart. */
export function loadJieba(): void {
  load().cut('电子商务', true);
}

function load(): Jieba {
  if (!jieba) {
    try {
      jieba = createRequire(import.meta.url)('nodejieba') as Jieba;
    } catch (error) {
      // nodejieba is a devDependency: a production install (npm ci --omit=dev) serves a build, it cannot make one.
      if ((error as NodeJS.ErrnoException).code !== 'MODULE_NOT_FOUND') throw error;
      throw new Error('nodejieba is not installed: the search index is built with the devDependencies (npm ci, not npm ci --omit=dev)');
    }
  }
  return jieba;
}

/** The report's own names, e.g. “数商兴农”, “丝路电商”: quoted terms jieba would otherwise split. */
export function quotedTerms(markdown: string): string[] {
  const terms = new Set<string>();
  for (const m of markdown.matchAll(/“([^“”\s，。、；：！？（）《》]{2,12})”/g)) terms.add(m[1]);
  return [...terms].sort();
}

/** Adds user-dictionary words (normalised like the text) before any cut. */
export function addUserWords(words: string[]): void {
  const j = load();
  for (const w of words) j.insertWord(w);
}

/** Segments normalised text into indexable tokens. */
export function cutText(normalised: string): string[] {
  return load()
    .cut(normalised, true)
    .map((t) => t.trim())
    .filter((t) => t && isIndexable(t));
}
