import fs from 'node:fs';
import path from 'node:path';
import { CONTENT_DIR } from './chapters-fs';
import { parseOutline, type Outline, type OutlinePart } from './format';

let cache: Outline | null = null;

/** content/outline.json, read once per process (the content is static). */
export function loadOutline(): Outline {
  if (cache) return cache;
  const file = path.join(CONTENT_DIR, 'outline.json');
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: run \`npm run content\` to generate it`);
  cache = parseOutline(JSON.parse(fs.readFileSync(file, 'utf8')), file);
  return cache;
}

export function findPart(slug: string): OutlinePart | undefined {
  return loadOutline().parts.find((p) => p.slug === slug);
}
