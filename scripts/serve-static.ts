/**
 * A plain static file server for the export (not Next): what the e2e suite and a quick local look use.
 *   npx tsx scripts/serve-static.ts [--dir out] [--port 3151] [--base /report2022]
 * Resolves a path as common hosts do (the file, then `.html`, then `/index.html`), answers 404 with
 * 404.html, and sends the headers out/_headers gives the path. Nothing else: no compression, no rewrites.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { headersFor, parseHeadersFile } from '../lib/export/headers-rules';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const dir = path.resolve(option('--dir', 'out'));
const port = Number(option('--port', '3151'));
const base = option('--base', process.env.BASE_PATH ?? '');
const host = option('--host', '127.0.0.1');

if (!fs.existsSync(path.join(dir, 'index.html'))) {
  console.error(`serve-static: ${path.relative(process.cwd(), dir) || '.'}/index.html is missing: run \`npm run export\` first`);
  process.exit(1);
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.woff2': 'font/woff2',
};

// Re-read when it changes: a new export under a running server (the update e2e) brings new page hashes.
const rulesFile = path.join(dir, '_headers');
let rules: { mtime: number; parsed: ReturnType<typeof parseHeadersFile> } = { mtime: -1, parsed: [] };
function currentRules() {
  const mtime = fs.statSync(rulesFile, { throwIfNoEntry: false })?.mtimeMs ?? 0;
  if (mtime !== rules.mtime) rules = { mtime, parsed: mtime ? parseHeadersFile(fs.readFileSync(rulesFile, 'utf8')) : [] };
  return rules.parsed;
}

function resolve(urlPath: string): string | null {
  if (base && urlPath !== base && !urlPath.startsWith(`${base}/`)) return null;
  const rel = decodeURIComponent(urlPath.slice(base.length)).replace(/^\/+/, '');
  if (rel.split('/').some((seg) => seg === '..' || seg.startsWith('_headers'))) return null;
  for (const candidate of [rel, `${rel}.html`, path.join(rel, 'index.html')]) {
    const file = path.join(dir, candidate);
    if (file.startsWith(dir) && fs.statSync(file, { throwIfNoEntry: false })?.isFile()) return file;
  }
  return null;
}

const server = http.createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://x');
  let file: string | null = null;
  try {
    file = resolve(url.pathname);
  } catch {
    // Broken percent-encoding: no such file.
  }
  const status = file ? 200 : 404;
  const body = file ?? path.join(dir, '404.html');
  const headers = {
    ...headersFor(currentRules(), url.pathname),
    'content-type': TYPES[path.extname(body)] ?? 'application/octet-stream',
    'cache-control': 'no-cache',
  };
  res.writeHead(status, headers);
  if (req.method === 'HEAD') return void res.end();
  fs.createReadStream(body).pipe(res);
});
server.listen(port, host, () => console.log(`serving ${path.relative(process.cwd(), dir) || '.'}/ on http://${host}:${port}${base}/`));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.close(() => process.exit(0)));
