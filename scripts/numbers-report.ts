/**
 * npm run numbers:report [-- --csv <file>] [--content <dir>]
 * Prints, per part, how many unit-bearing numbers were settled by rule, settled by the text's own
 * relations, confirmed, inferred or left unsettled, and writes the inferred ones as CSV (to the file
 * given with --csv, else to stdout after the table) for reviewers.
 * Reads content/outline.json and content/chapters/*.md (what `npm run content` wrote), or the same
 * files under --content <dir> (e.g. a trial build: build-content --out /tmp/x).
 */
import fs from 'node:fs';
import path from 'node:path';
import { CONTENT_DIR, loadChapters } from '../lib/content/chapters-fs';
import { parseOutline } from '../lib/content/format';
import { partHeading } from '../lib/content/outline';
import {
  CLASS_LABEL,
  CLASSES,
  MARKED_CLASSES,
  classOf,
  countByPart,
  numberContexts,
  plausibilityFlags,
  toCsv,
  type NumberEntry,
} from '../lib/numbers';

const args = process.argv.slice(2);
const csvIndex = args.indexOf('--csv');
const csvPath = csvIndex >= 0 ? args[csvIndex + 1] : undefined;
if (csvIndex >= 0 && !csvPath) fail('--csv needs a file path');
const contentIndex = args.indexOf('--content');
const contentDir = path.resolve(contentIndex >= 0 ? (args[contentIndex + 1] ?? fail('--content needs a directory')) : CONTENT_DIR);

function fail(message: string): never {
  console.error(`numbers-report: ${message}`);
  process.exit(1);
}

interface Part {
  slug: string;
  label: string;
  numbers: NumberEntry[];
  contexts: Map<string, { before: string; after: string }>;
}

function fromContent(): Part[] {
  const outlineFile = path.join(contentDir, 'outline.json');
  if (!fs.existsSync(outlineFile)) throw new Error(`${outlineFile} is missing: run \`npm run content\``);
  const outline = parseOutline(JSON.parse(fs.readFileSync(outlineFile, 'utf8')), outlineFile);
  const bodies = new Map(loadChapters(path.join(contentDir, 'chapters')).map((c) => [c.meta.slug, c.body]));
  return outline.parts.map((p) => ({
    slug: p.slug,
    label: partHeading(p).split(' ')[0],
    numbers: p.numbers,
    contexts: numberContexts(bodies.get(p.slug) ?? ''),
  }));
}

let parts: Part[];
try {
  parts = fromContent();
} catch (error) {
  fail((error as Error).message);
}

/** Terminal columns: CJK characters take two. */
const cols = (s: string) => [...s].reduce((n, ch) => n + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1), 0);
const pad = (s: string, width: number, left = false) =>
  left ? ' '.repeat(Math.max(0, width - cols(s))) + s : s + ' '.repeat(Math.max(0, width - cols(s)));

const { rows, total } = countByPart(parts);
const first = Math.max(...rows.map((r) => cols(r.label)), 4) + 2;
const cell = 14;
const header = [pad('部分', first), ...CLASSES.map((c) => pad(CLASS_LABEL[c], cell, true)), pad('合计', 8, true)].join('');
const line = (r: (typeof rows)[number]) =>
  [pad(r.label, first), ...CLASSES.map((c) => pad(String(r.counts[c]), cell, true)), pad(String(r.total), 8, true)].join('');
const table = [header, ...rows.map(line), line(total)].join('\n');

// Settled by relation, per family: which of the text's own arithmetic did the work.
const families = [
  ...new Set(parts.flatMap((p) => p.numbers.filter((n) => classOf(n) === 'relation').map((n) => n.relation ?? '?'))),
].sort();
const familyTable = [
  [pad('部分', first), ...families.map((f) => pad(f, cell, true))].join(''),
  ...parts
    .filter((p) => p.numbers.some((n) => classOf(n) === 'relation'))
    .map((p) =>
      [
        pad(p.label, first),
        ...families.map((f) => pad(String(p.numbers.filter((n) => classOf(n) === 'relation' && n.relation === f).length), cell, true)),
      ].join(''),
    ),
].join('\n');

const everything = parts.flatMap((p) => p.numbers);
const flags = plausibilityFlags(everything);
const contextOf = (n: NumberEntry) => {
  const c = parts.find((p) => p.contexts.has(n.id))?.contexts.get(n.id);
  return `${c?.before ?? ''}【${n.reading}】${c?.after ?? ''}`;
};
const flagged = [
  `合理性检查：改读 ${flags.rechosen.length} 个，无读法通过、待审校 ${flags.reported.length} 个`,
  ...[...flags.rechosen, ...flags.reported].map(
    (n) =>
      `  ${n.id}  ${n.raw}${n.unit} → ${n.reading}  ${contextOf(n)}\n      ${(n.reason ?? '')
        .split('；')
        .filter((r) => r.startsWith('合理性检查'))
        .join('；')}`,
  ),
].join('\n');

// The review ledger: every reading the reader marks, with the decision taken on it.
const marked = parts.flatMap((p) =>
  p.numbers
    .filter((n) => MARKED_CLASSES.has(classOf(n)))
    .map((n) => {
      const c = p.contexts.get(n.id);
      const decision = classOf(n) === 'reviewed' ? 'reviewed: stays inferred' : 'not reviewed';
      return [n.id, p.slug, `${c?.before ?? ''}【${n.reading}】${c?.after ?? ''}`, n.raw, n.reading, n.unit, decision, n.reason ?? ''];
    }),
);
const csv = toCsv([['id', 'part', 'context', 'raw', 'reading', 'unit', 'decision', 'reason'], ...marked]);
const inferred = marked;

console.log(table);
console.log(`\n文中关系确定，按关系种类\n${familyTable}\n\n${flagged}`);
if (csvPath) {
  fs.writeFileSync(csvPath, csv);
  console.log(`\n${inferred.length} inferred numbers written to ${csvPath}`);
} else {
  console.log(`\n# ${inferred.length} inferred numbers (CSV)`);
  process.stdout.write(csv);
}
