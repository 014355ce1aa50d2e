/**
 * The export's last step over a finished Next export folder: the service worker with its precache
 * list, offline.json, and the header files. Run by scripts/export.ts, and by the update e2e on a changed
 * copy of out/ (a second build, as a deploy would bring it).
 */
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { getManifest } from '@serwist/build';
import { build as bundle } from 'esbuild';
import type { SecurityOptions } from '@/lib/server/security-headers';
import { IMMUTABLE, type OfflineSummary, PRECACHE_PATTERNS } from './precache';
import { type ExportedPage, headersFile, nginxPolicyMap } from './static-headers';

export const SERVICE_WORKER_SOURCE = path.join(process.cwd(), 'app', 'components', 'offline', 'service-worker.ts');

function filesUnder(dir: string, prefix = ''): string[] {
  return fs.readdirSync(path.join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    return entry.isDirectory() ? filesUnder(dir, rel) : [rel];
  });
}

/** Next's build id: the one folder under _next/static that is not chunks/ or media/. */
export function buildIdOf(dir: string): string {
  const id = fs.readdirSync(path.join(dir, '_next', 'static')).find((d) => !['chunks', 'media'].includes(d));
  if (!id) throw new Error('no build id under _next/static');
  return id;
}

/** Writes sw.js (Serwist, bundled by esbuild, its precache list filled in) and offline.json. */
export async function writeServiceWorker(dir: string, build = buildIdOf(dir)): Promise<OfflineSummary> {
  const precache = await getManifest({
    globDirectory: dir,
    globPatterns: PRECACHE_PATTERNS,
    dontCacheBustURLsMatching: IMMUTABLE,
    maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
  });
  if (precache.warnings.length) throw new Error(`precache: ${precache.warnings.join('; ')}`);
  const entries = precache.manifestEntries ?? [];
  const summary: OfflineSummary = {
    build,
    files: entries.length,
    bytes: precache.size,
    transfer: entries.reduce((n, e) => n + gzipSync(fs.readFileSync(path.join(dir, e.url))).length, 0),
  };
  await bundle({
    entryPoints: [SERVICE_WORKER_SOURCE],
    outfile: path.join(dir, 'sw.js'),
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2022',
    define: { __PRECACHE__: JSON.stringify(entries), 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
  fs.writeFileSync(path.join(dir, 'offline.json'), `${JSON.stringify(summary)}\n`);
  return summary;
}

/** Writes `_headers` and `_headers.nginx.conf` from the pages' own HTML. Returns the number of pages. */
export function writeHeaderFiles(dir: string, options: SecurityOptions, basePath: string): number {
  const pages: ExportedPage[] = filesUnder(dir)
    .filter((f) => f.endsWith('.html'))
    .map((file) => ({ file, html: fs.readFileSync(path.join(dir, file), 'utf8') }));
  fs.writeFileSync(path.join(dir, '_headers'), headersFile(pages, options, basePath));
  fs.writeFileSync(path.join(dir, '_headers.nginx.conf'), nginxPolicyMap(pages, options, basePath));
  return pages.length;
}

/** Total bytes and files under `dir`. */
export function folderSize(dir: string): { files: number; bytes: number } {
  const files = filesUnder(dir);
  return { files: files.length, bytes: files.reduce((n, f) => n + fs.statSync(path.join(dir, f)).size, 0) };
}

export { filesUnder };
