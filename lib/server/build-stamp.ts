import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * A digest of everything a production build is made from, so `npm start` can tell whether the build on
 * disk is current and skip a 10–20 s rebuild when it is. Sorted paths + contents: renames count too.
 */
export const BUILD_INPUTS = [
  'app',
  'lib',
  'content',
  'scripts/build-index.ts',
  'proxy.server.ts',
  'next.config.js',
  'postcss.config.mjs',
  'tsconfig.json',
  'package.json',
  'package-lock.json',
];

const SKIPPED = new Set(['node_modules', '.git', '.next']);

function filesUnder(root: string, entry: string, out: string[]): void {
  const full = path.join(root, entry);
  const stat = fs.statSync(full, { throwIfNoEntry: false });
  if (!stat) return;
  if (stat.isFile()) return void out.push(entry);
  if (!stat.isDirectory()) return;
  for (const name of fs.readdirSync(full)) {
    if (SKIPPED.has(name) || name.startsWith('.build-')) continue;
    filesUnder(root, path.join(entry, name), out);
  }
}

export function inputDigest(root: string, inputs: readonly string[] = BUILD_INPUTS, env: readonly string[] = ['SITE_URL']): string {
  const files: string[] = [];
  for (const entry of inputs) filesUnder(root, entry, files);
  const hash = createHash('sha256');
  for (const file of files.sort()) {
    hash.update(`${file.split(path.sep).join('/')}\0`);
    hash.update(fs.readFileSync(path.join(root, file)));
    hash.update('\0');
  }
  // SITE_URL is baked into the pages at build time: a different one needs a new build.
  for (const name of env) hash.update(`${name}=${process.env[name] ?? ''}\0`);
  return hash.digest('hex');
}

export const stampFile = (distDir: string) => path.join(distDir, 'input-digest');

/** The build is current when it finished (BUILD_ID written), the stamp matches and the search index exists. */
export function isBuildCurrent(distDir: string, digest: string, extraOutputs: readonly string[]): boolean {
  if (!fs.existsSync(path.join(distDir, 'BUILD_ID'))) return false;
  if (extraOutputs.some((file) => !fs.existsSync(file))) return false;
  const file = stampFile(distDir);
  if (!fs.existsSync(file)) return false;
  const stamp = fs.readFileSync(file, 'utf8');
  return stamp.trim() === digest;
}
