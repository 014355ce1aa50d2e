import fs from 'node:fs';
import path from 'node:path';
import { bodyDigest } from './answer-cache';
import { type CompressionCache, PRECOMPRESSED_SUFFIX } from './compression';

/**
 * The build writes brotli (quality 11) and gzip siblings of every prerendered page (`X.html.br`,
 * `X.html.gz`: lib/prerender/slim-fs.ts). Next sends a prerendered page's file byte for byte, so the
 * compression cache, keyed by the body's digest, can hold them from the start: no page is ever compressed
 * by the server, and each is sent at the build's best quality rather than the server's quick one.
 */
export function seedPrecompressedPages(distDir: string, cache: CompressionCache): number {
  const root = path.join(distDir, 'server', 'app');
  if (!fs.existsSync(root)) return 0;
  let seeded = 0;
  for (const entry of fs.readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const file = path.join(entry.parentPath, entry.name);
    const digest = bodyDigest(fs.readFileSync(file));
    for (const [encoding, suffix] of Object.entries(PRECOMPRESSED_SUFFIX)) {
      if (!fs.existsSync(file + suffix)) continue;
      cache.put(`${encoding}:${digest}`, fs.readFileSync(file + suffix));
      seeded += 1;
    }
  }
  return seeded;
}
