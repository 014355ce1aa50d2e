/**
 * npm run content         rebuild content/chapters/*.md and content/outline.json from the source
 * npm run content:check   rebuild in memory and fail if the committed files differ
 * Options: --source <file> (default content/source/china-ecommerce-report-2022.txt), --out <dir> (default content/)
 */
import fs from 'node:fs';
import path from 'node:path';
import {
  formatBuildReport,
  formatParagraphReport,
  formatUrlHostReport,
  runPipeline,
  scanLeftovers,
  type PipelineResult,
} from '../lib/clean';
import { readSourceText } from './read-source-text';
import { scanDigits } from '../lib/content/digit-scan';
import { loadCorrections } from '../lib/numbers/corrections-fs';

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const check = args.includes('--check');
const sourcePath = path.resolve(option('--source') ?? 'content/source/china-ecommerce-report-2022.txt');
const outDir = path.resolve(option('--out') ?? 'content');

function fail(message: string): never {
  console.error(`build-content: ${message}`);
  process.exit(1);
}

function filesOf(result: PipelineResult): Map<string, string> {
  const files = new Map<string, string>();
  for (const [slug, markdown] of result.chapters) files.set(path.join('chapters', `${slug}.md`), markdown);
  files.set('outline.json', `${JSON.stringify(result.outline, null, 2)}\n`);
  return files;
}

/** Writes beside the target, then renames: content/ is never left half written. */
function writeAtomically(files: Map<string, string>): void {
  const staging = fs.mkdtempSync(path.join(outDir, '.build-'));
  try {
    fs.mkdirSync(path.join(staging, 'chapters'));
    for (const [name, text] of files) fs.writeFileSync(path.join(staging, name), text);
    const chapters = path.join(outDir, 'chapters');
    const old = path.join(staging, 'chapters-old');
    if (fs.existsSync(chapters)) fs.renameSync(chapters, old);
    fs.renameSync(path.join(staging, 'chapters'), chapters);
    fs.renameSync(path.join(staging, 'outline.json'), path.join(outDir, 'outline.json'));
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}

function differences(files: Map<string, string>): string[] {
  const diffs: string[] = [];
  for (const [name, text] of files) {
    const target = path.join(outDir, name);
    if (!fs.existsSync(target)) diffs.push(`${name}: missing`);
    else if (fs.readFileSync(target, 'utf8') !== text) diffs.push(`${name}: differs`);
  }
  const chapters = path.join(outDir, 'chapters');
  if (fs.existsSync(chapters)) {
    for (const f of fs.readdirSync(chapters))
      if (!files.has(path.join('chapters', f))) diffs.push(`chapters/${f}: not produced by the pipeline`);
  }
  return diffs;
}

const started = performance.now();
const text = readSourceText(sourcePath, fail);
let result: PipelineResult;
try {
  result = runPipeline(text, { corrections: loadCorrections() });
} catch (error) {
  fail(`${path.relative(process.cwd(), sourcePath)}: ${(error as Error).message}`);
}
const elapsed = performance.now() - started;
const files = filesOf(result);
const leftovers = [...result.chapters].flatMap(([slug, md]) => scanLeftovers(`chapters/${slug}.md`, md));

const paragraphs = new Map(result.parts.map((p) => [p.part.spec.slug, p.blocks.filter((b) => b.type === 'paragraph').length]));
console.log(formatBuildReport(result.outline, (slug) => paragraphs.get(slug) ?? 0));
console.log(formatParagraphReport(result.parts));
console.log(formatUrlHostReport(result.outline));
console.log(
  `furniture removed: ${result.furniture.pageNumbers} page numbers, ${result.furniture.headerLines} header lines, ${result.furniture.chartLines} chart lines`,
);
console.log(`leftovers: ${leftovers.length}`);
const digitScans = [...result.chapters].map(([slug, md]) => ({ slug, scan: scanDigits(md) }));
const unmarked = digitScans.flatMap(({ slug, scan }) => scan.unclassified.map((u) => `  chapters/${slug}.md:${u.line} ${u.excerpt}`));
const integerRuns = new Map<string, number>();
for (const { scan } of digitScans) for (const [name, n] of scan.classes) integerRuns.set(name, (integerRuns.get(name) ?? 0) + n);
console.log(
  `unmarked digits: ${unmarked.length} unclassified; integer classes: ${[...integerRuns].map(([k, v]) => `${k} ${v}`).join(', ')}`,
);
for (const line of unmarked.slice(0, 40)) console.log(line);
for (const l of leftovers.slice(0, 40)) console.log(`  ${l.file}:${l.line} ${l.check}: ${l.excerpt}`);
const { clean, numbers, emit } = result.timings;
console.log(
  `pipeline: ${elapsed.toFixed(0)} ms (read ${(elapsed - clean - numbers - emit).toFixed(0)}, clean ${clean.toFixed(0)}, numbers ${numbers.toFixed(0)}, emit ${emit.toFixed(0)})`,
);
if (leftovers.length > 0) fail(`${leftovers.length} kinds of damage survived cleaning (listed above); nothing was written`);

if (check) {
  const diffs = differences(files);
  if (diffs.length > 0) fail(`committed content differs from what the pipeline produces (run npm run content):\n  ${diffs.join('\n  ')}`);
  console.log('content:check: committed content is what the pipeline produces');
} else {
  fs.mkdirSync(outDir, { recursive: true });
  writeAtomically(files);
  console.log(`wrote ${files.size} files to ${path.relative(process.cwd(), outDir) || '.'}`);
}
