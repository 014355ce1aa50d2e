/**
 * Where the search artifact lives on disk, written atomically and read once per process.
 * It is a build artifact (gitignored): `npm run build:index` writes it and `npm run build` runs that first.
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadArtifact, type LoadedIndex } from './load';
import type { SearchArtifact } from './types';

export const ARTIFACT_PATH = path.join(process.cwd(), '.cache', 'search', 'index.json');

export function writeArtifact(artifact: SearchArtifact, file = ARTIFACT_PATH): { bytes: number } {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const json = JSON.stringify(artifact);
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, json);
  // rename() is atomic on one filesystem: a concurrent reader sees the old file or the new one.
  fs.renameSync(tmp, file);
  return { bytes: Buffer.byteLength(json) };
}

export function readArtifact(file = ARTIFACT_PATH): SearchArtifact {
  if (!fs.existsSync(/*turbopackIgnore: true*/ file)) throw new Error(`${file} is missing: run \`npm run build:index\` first`);
  return JSON.parse(fs.readFileSync(/*turbopackIgnore: true*/ file, 'utf8')) as SearchArtifact;
}

let cached: { file: string; mtime: number; index: LoadedIndex } | null = null;

/** The loaded index, reloaded only when the file changes (a rebuild while `next start` runs). */
export function getSearchIndex(file = ARTIFACT_PATH): LoadedIndex {
  const mtime = fs.statSync(/*turbopackIgnore: true*/ file, { throwIfNoEntry: false })?.mtimeMs ?? -1;
  if (cached && cached.file === file && cached.mtime === mtime) return cached.index;
  const index = loadArtifact(readArtifact(file));
  cached = { file, mtime, index };
  return index;
}
