import fs from 'node:fs';
import path from 'node:path';
import type { CorrectionEntry } from './corrections';

/** content/number-corrections.json: the reviewed readings (README “Numbers”). */
export const CORRECTIONS_FILE = path.join(/*turbopackIgnore: true*/ process.cwd(), 'content', 'number-corrections.json');

/** Reads the reviewed corrections; the content build passes them to the numbers pass. */
export function loadCorrections(file = CORRECTIONS_FILE): CorrectionEntry[] {
  const entries = JSON.parse(fs.readFileSync(file, 'utf8')) as unknown;
  if (!Array.isArray(entries)) throw new Error(`${file}: must be a JSON array of correction entries`);
  return entries as CorrectionEntry[];
}
