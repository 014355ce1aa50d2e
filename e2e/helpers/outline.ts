import path from 'node:path';
import fs from 'node:fs';
import { parseOutline, type Outline } from '../../lib/content/format';

/** The committed outline, so journeys that depend on what the content holds pick their pages from it. */
export function readOutline(): Outline {
  const file = path.join(process.cwd(), 'content', 'outline.json');
  return parseOutline(JSON.parse(fs.readFileSync(file, 'utf8')), file);
}
