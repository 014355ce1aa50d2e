/**
 * npm run -s search -- 跨境电商 [--json] [--limit N] [--offset N] [--chapter SLUG] [--exact] [--index FILE]
 * Prints ranked results; --json prints the same data as GET /api/search. --exact searches only what
 * was typed (no equivalent forms).
 */
import { ARTIFACT_PATH, getSearchIndex } from '@/lib/search/artifact-fs';
import { search } from '@/lib/search/search';

// A closed pipe (`… | head`) is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

const args = process.argv.slice(2);
let json = false;
let limit: number | undefined;
let offset: number | undefined;
let chapter: string | undefined;
let exact = false;
let file = ARTIFACT_PATH;
const words: string[] = [];
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '--json') json = true;
  else if (a === '--limit') limit = Number(args[++i]);
  else if (a === '--offset') offset = Number(args[++i]);
  else if (a === '--chapter') chapter = args[++i];
  else if (a === '--exact') exact = true;
  else if (a === '--index') file = args[++i];
  else words.push(a);
}
if (limit !== undefined && !(Number.isInteger(limit) && limit >= 0)) {
  console.error('--limit needs a whole number ≥ 0');
  process.exit(2);
}
if (offset !== undefined && !(Number.isInteger(offset) && offset >= 0)) {
  console.error('--offset needs a whole number ≥ 0');
  process.exit(2);
}
if (words.length === 0) {
  console.error('usage: npm run -s search -- <query> [--json] [--limit N] [--offset N] [--chapter SLUG] [--exact]');
  process.exit(2);
}

try {
  const response = search(getSearchIndex(file), words.join(' '), { limit, offset, chapter, exact });
  if (json) {
    console.log(JSON.stringify(response, null, 2));
  } else {
    if (response.note) console.log(response.note);
    if (response.jump) console.log(`→ ${response.jump.number} ${response.jump.title}  ${response.jump.href}`);
    const perChapter = response.chapters.map((c) => `${c.chapterTitle} ${c.count}`).join(' · ');
    console.log(`${response.total} results for “${response.query}”${perChapter ? `: ${perChapter}` : ''}`);
    for (const r of response.results) {
      console.log(`\n${[r.number, r.title].filter(Boolean).join(' ')}  (${r.count}×)  ${r.href}`);
      console.log(`  ${r.path.join(' › ')}${r.alsoMatched.length ? `  也匹配：${r.alsoMatched.join('、')}` : ''}`);
      console.log(`  ${mark(r.snippet, r.highlights)}`);
    }
  }
} catch (error) {
  console.error(`search failed: ${(error as Error).message}`);
  process.exit(1);
}

function mark(text: string, ranges: [number, number][]): string {
  const on = process.stdout.isTTY ? '\x1b[1;33m' : '【';
  const off = process.stdout.isTTY ? '\x1b[0m' : '】';
  let out = '';
  let at = 0;
  for (const [a, b] of ranges) {
    out += text.slice(at, a) + on + text.slice(a, b) + off;
    at = b;
  }
  return out + text.slice(at);
}
