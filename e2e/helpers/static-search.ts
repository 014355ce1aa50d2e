import fs from 'node:fs';
import path from 'node:path';
import { loadArtifact, search, type LoadedIndex } from '../../lib/search';
import type { SearchArtifact } from '../../lib/search/types';

let index: LoadedIndex | null = null;

/** What the server would answer (GET /api/search?q=…&limit=…), computed in Node from the exported artifact. */
export function serverAnswer(q: string, limit?: number) {
  index ??= loadArtifact(JSON.parse(fs.readFileSync(path.resolve('out/search-index.json'), 'utf8')) as SearchArtifact);
  return search(index, q, { limit });
}
