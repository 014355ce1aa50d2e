import fs from 'node:fs';
import path from 'node:path';
import { normalizeOutline, type Outline } from '../../lib/content/outline';

/** The committed outline, so journeys that depend on what the content holds pick their pages from it. */
export function readOutline(): Outline {
  return normalizeOutline(JSON.parse(fs.readFileSync(path.join(process.cwd(), 'content', 'outline.json'), 'utf8')));
}
