/**
 * The search index as `npm run build:index` builds it (nodejieba included), built once per run by
 * test/global-setup.ts and read here from its JSON, as the app reads it from disk.
 * Recall tests run on the real chapters when they exist (the best fixture there is); ranking and
 * format cases use the small hand-written chapters in test/fixtures/search.
 */
import fs from 'node:fs';
import path from 'node:path';
import { inject } from 'vitest';
import { buildFromDir } from '@/lib/search/build-fs';
import { loadArtifact, type LoadedDoc, type LoadedIndex } from '@/lib/search/load';
import { normalize } from '@/lib/search/normalize';
import type { SearchArtifact } from '@/lib/search/types';

export const FIXTURE_DIR = path.resolve(__dirname, '../fixtures/search/chapters');
export const REAL_DIR = path.resolve(__dirname, '../../content/chapters');
export const CORPUS_DIR = fs.existsSync(REAL_DIR) ? REAL_DIR : FIXTURE_DIR;

const built = new Map<string, { artifact: SearchArtifact; index: LoadedIndex }>();

export function indexFor(dir: string): { artifact: SearchArtifact; index: LoadedIndex } {
  let entry = built.get(dir);
  if (!entry) {
    const file = inject('searchArtifacts')?.[dir];
    // A directory the global setup did not build (none today) is built here, through JSON all the same.
    const json = file ? fs.readFileSync(file, 'utf8') : JSON.stringify(buildFromDir(dir));
    const artifact = JSON.parse(json) as SearchArtifact;
    entry = { artifact, index: loadArtifact(JSON.parse(json) as SearchArtifact) };
    built.set(dir, entry);
  }
  return entry;
}

/**
 * Ground truth, computed independently of lib/search's matcher: the units whose text (normalised for
 * width and case) contains every space-separated word, or whose :num raw digits contain it.
 */
export function truth(docs: LoadedDoc[], words: string[]): Set<number> {
  const out = new Set<number>();
  docs.forEach((doc, i) => {
    const text = normalize(doc.text);
    const raws = doc.nums.map((n) => normalize(n.raw));
    if (words.every((w) => text.includes(w) || raws.some((r) => r.includes(w)))) out.add(i);
  });
  return out;
}

type Keyed = { chapter: string; anchor: string; kind: string; number: string; title: string };

/** A unit's identity as a result shows it; sorted lists of these compare result sets with duplicates. */
export function keyOf(d: Keyed): string {
  return `${d.chapter}|${d.anchor}|${d.kind}|${d.number}|${d.title}`;
}

export function truthKeys(docs: LoadedDoc[], words: string[]): string[] {
  return [...truth(docs, words)].map((i) => keyOf(docs[i])).sort();
}

export function resultKeys(results: Keyed[]): string[] {
  return results.map(keyOf).sort();
}

/** A small seeded generator (mulberry32): the same 200 substrings on every run. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
