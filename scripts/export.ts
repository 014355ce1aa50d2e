/**
 * npm run export — the whole reader as static files in out/, for any static host or CDN:
 * every page, the /data files, the search artifact (/search-index.json, searched in the browser),
 * `_headers` + `_headers.nginx.conf` (the server's security headers; README shows the nginx block).
 *
 *   npm run export                          # → out/
 *   BASE_PATH=/report2022 npm run export    # served under a sub-path
 *   npm run export -- --out DIR
 *
 * Atomic: the site is built in a scratch folder beside out/ and swapped in only once it is complete
 * and checked, so a failed export leaves the previous out/ as it was.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { type ExportedPage, headersFile, nginxPolicyMap } from '../lib/export/static-headers';
import { readServerConfig } from '../lib/server/config';

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const root = process.cwd();
const out = path.resolve(option('--out') ?? 'out');
const scratch = path.join(root, `.next-export-${process.pid}`);
const basePath = process.env.BASE_PATH ?? '';
const started = performance.now();

function fail(message: string): never {
  fs.rmSync(scratch, { recursive: true, force: true });
  console.error(`export failed: ${message}; ${fs.existsSync(out) ? `${path.relative(root, out)}/ is unchanged` : 'nothing was written'}`);
  process.exit(1);
}

if (basePath && !/^\/[\w.-]+(\/[\w.-]+)*$/.test(basePath))
  fail(`BASE_PATH must look like /report2022 (no trailing slash), not ${JSON.stringify(basePath)}`);

function run(command: string, commandArgs: string[], env: Record<string, string> = {}): void {
  const result = spawnSync(command, commandArgs, { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env } });
  if (result.status !== 0) fail(`${command} ${commandArgs.join(' ')} exited with ${result.status ?? result.signal}`);
}

function filesUnder(dir: string, prefix = ''): string[] {
  return fs.readdirSync(path.join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    return entry.isDirectory() ? filesUnder(dir, rel) : [rel];
  });
}

process.on('SIGINT', () => fail('interrupted'));
process.on('SIGTERM', () => fail('terminated'));

run('npx', ['tsx', 'scripts/build-index.ts']);
// With `output: 'export'` Next writes the site into its distDir: a scratch one, never .next (npm start's build).
run(path.join(root, 'node_modules', '.bin', 'next'), ['build'], { NEXT_OUTPUT: 'export', NEXT_DIST_DIR: path.basename(scratch) });

const files = filesUnder(scratch);
const required = ['index.html', '404.html', 'search.html', 'search-index.json', 'chapters/1.html', 'figures.html', 'data/outline.json'];
const missing = required.filter((f) => !files.includes(f));
if (missing.length) fail(`the build did not produce ${missing.join(', ')}`);

let security: ReturnType<typeof readServerConfig>;
try {
  security = readServerConfig(process.env);
} catch (error) {
  fail((error as Error).message);
}
const pages: ExportedPage[] = files
  .filter((f) => f.endsWith('.html'))
  .map((file) => ({ file, html: fs.readFileSync(path.join(scratch, file), 'utf8') }));
fs.writeFileSync(path.join(scratch, '_headers'), headersFile(pages, { hstsMaxAge: security.hstsMaxAge }, basePath));
fs.writeFileSync(path.join(scratch, '_headers.nginx.conf'), nginxPolicyMap(pages, { hstsMaxAge: security.hstsMaxAge }, basePath));

// The swap: two renames on one filesystem; the old site is removed only once the new one is in place.
const old = `${out}.old-${process.pid}`;
if (fs.existsSync(out)) fs.renameSync(out, old);
fs.renameSync(scratch, out);
fs.rmSync(old, { recursive: true, force: true });

const bytes = filesUnder(out).reduce((n, f) => n + fs.statSync(path.join(out, f)).size, 0);
console.log(
  `export: ${pages.length} pages, ${files.length + 2} files, ${(bytes / 1024 / 1024).toFixed(1)} MiB → ${path.relative(root, out)}/` +
    `${basePath ? ` (under ${basePath})` : ''} in ${((performance.now() - started) / 1000).toFixed(0)} s`,
);
