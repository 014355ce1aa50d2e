/**
 * npm run export — the whole reader as static files in out/, for any static host or CDN:
 * every page, the /data files, the search artifact (/search-index.json, searched in the browser),
 * the service worker (sw.js, Serwist) that precaches it all for offline reading, with offline.json (its
 * build, file count and size, for the 「离线阅读」 action), and `_headers` + `_headers.nginx.conf` (the
 * server's security headers; README shows the nginx block).
 *
 *   npm run export                          # → out/
 *   BASE_PATH=/report2022 npm run export    # served under a sub-path
 *   npm run export -- --out DIR
 *   npm run export -- --finish DIR          # only the last step (service worker, headers) over an exported DIR
 *
 * Atomic: the site is built in a scratch folder beside out/ and swapped in only once it is complete
 * and checked, so a failed export leaves the previous out/ as it was.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { filesUnder, folderSize, writeHeaderFiles, writeServiceWorker } from '../lib/export/finish-fs';
import { readServerConfig } from '../lib/server/config';
import { linksOutsideBasePath } from '../lib/export/base-path-links';
import { slimPrerenderedPages } from '../lib/prerender/slim-fs';

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const root = process.cwd();
const out = path.resolve(option('--out') ?? 'out');
const scratch = path.join(root, `.next-export-${process.pid}`);
// Next's export build also writes its intermediate build into .next, which is `npm start`'s build:
// it is set aside for the export and put back afterwards, so the server's build survives an export.
const serverBuild = path.join(root, '.next');
const serverBuildAside = path.join(root, `.next-server-${process.pid}`);
function restoreServerBuild(): void {
  if (!fs.existsSync(serverBuildAside)) return;
  fs.rmSync(serverBuild, { recursive: true, force: true });
  fs.renameSync(serverBuildAside, serverBuild);
}
const basePath = process.env.BASE_PATH ?? '';
const started = performance.now();

function fail(message: string): never {
  fs.rmSync(scratch, { recursive: true, force: true });
  restoreServerBuild();
  console.error(`export failed: ${message}; ${fs.existsSync(out) ? `${path.relative(root, out)}/ is unchanged` : 'nothing was written'}`);
  process.exit(1);
}

if (basePath && !/^\/[\w.-]+(\/[\w.-]+)*$/.test(basePath))
  fail(`BASE_PATH must look like /report2022 (no trailing slash), not ${JSON.stringify(basePath)}`);

function run(command: string, commandArgs: string[], env: Record<string, string> = {}): void {
  const result = spawnSync(command, commandArgs, { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env } });
  if (result.status !== 0) fail(`${command} ${commandArgs.join(' ')} exited with ${result.status ?? result.signal}`);
}

process.on('SIGINT', () => fail('interrupted'));
process.on('SIGTERM', () => fail('terminated'));

async function main(): Promise<void> {
  run('npx', ['tsx', 'scripts/build-index.ts']);
  // With `output: 'export'` Next writes the site into its distDir: a scratch one, never .next (npm start's build).
  if (fs.existsSync(serverBuild)) fs.renameSync(serverBuild, serverBuildAside);
  run(path.join(root, 'node_modules', '.bin', 'next'), ['build'], { NEXT_OUTPUT: 'export', NEXT_DIST_DIR: path.basename(scratch) });
  restoreServerBuild();
  // The pages lose the second copy of their article, and are made to paint before their scripts and full
  // stylesheets arrive, before anything (service worker revisions, headers) reads them.
  try {
    const slim = await slimPrerenderedPages(scratch, {
      precompress: false,
      paintFirst: { staticDir: path.join(scratch, '_next', 'static'), publicPath: `${basePath}/_next/static/` },
    });
    console.log(
      `export: ${slim.slimmed} of ${slim.pages} pages slimmed (${(slim.bytesBefore / 1024).toFixed(0)} → ${(slim.bytesAfter / 1024).toFixed(0)} KiB)`,
    );
  } catch (error) {
    fail((error as Error).message);
  }

  const files = filesUnder(scratch);
  const required = ['index.html', '404.html', 'search.html', 'search-index.json', 'chapters/1.html', 'figures.html', 'data/outline.json'];
  const missing = required.filter((f) => !files.includes(f));
  if (missing.length) fail(`the build did not produce ${missing.join(', ')}`);
  if (basePath) {
    const stray = files
      .filter((f) => f.endsWith('.html'))
      .flatMap((f) => linksOutsideBasePath(fs.readFileSync(path.join(scratch, f), 'utf8'), basePath).map((link) => `${f}: ${link}`));
    if (stray.length) fail(`${stray.length} links skip ${basePath} (e.g. ${stray.slice(0, 5).join('; ')})`);
  }

  let security: ReturnType<typeof readServerConfig>;
  try {
    security = readServerConfig(process.env);
  } catch (error) {
    fail((error as Error).message);
  }
  // The service worker and its summary, then the headers (computed from the pages as they are now).
  const summary = await writeServiceWorker(scratch).catch((error: Error) => fail(`service worker: ${error.message}`));
  const pages = writeHeaderFiles(scratch, { hstsMaxAge: security.hstsMaxAge }, basePath);

  // The swap: two renames on one filesystem; the old site is removed only once the new one is in place.
  const old = `${out}.old-${process.pid}`;
  if (fs.existsSync(out)) fs.renameSync(out, old);
  fs.renameSync(scratch, out);
  fs.rmSync(old, { recursive: true, force: true });

  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MiB`;
  const size = folderSize(out);
  console.log(`export: precache ${summary.files} files, ${mb(summary.bytes)} (${mb(summary.transfer)} gzip), build ${summary.build}`);
  console.log(
    `export: ${pages} pages, ${size.files} files, ${mb(size.bytes)} → ${path.relative(root, out)}/` +
      `${basePath ? ` (under ${basePath})` : ''} in ${((performance.now() - started) / 1000).toFixed(0)} s`,
  );
}

/** The last step alone, in place: for a folder already exported and then changed (the update e2e's "second build"). */
async function finishOnly(dir: string): Promise<void> {
  const summary = await writeServiceWorker(dir);
  const pages = writeHeaderFiles(dir, { hstsMaxAge: readServerConfig(process.env).hstsMaxAge }, basePath);
  console.log(`export --finish: precache ${summary.files} files, ${pages} pages' headers → ${dir}`);
}

const finish = option('--finish');
(finish ? finishOnly(path.resolve(finish)) : main()).catch((error: Error) => {
  if (finish) {
    console.error(`export --finish failed: ${error.message}`);
    process.exit(1);
  }
  fail(error.message);
});
