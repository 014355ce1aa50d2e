/**
 * npm run build:index — content/chapters/*.md → .cache/search/index.json (atomically).
 * Usage: tsx scripts/build-index.ts [--chapters DIR] [--out FILE]
 */
import path from 'node:path';
import { CHAPTERS_DIR } from '@/lib/content/chapters-fs';
import { ARTIFACT_PATH, writeArtifact } from '@/lib/search/artifact-fs';
import { buildFromDir } from '@/lib/search/build-fs';
import { loadJieba } from '@/lib/search/jieba';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
}

const started = performance.now();
try {
  const dir = path.resolve(arg('--chapters') ?? CHAPTERS_DIR);
  const out = path.resolve(arg('--out') ?? ARTIFACT_PATH);
  loadJieba();
  const loaded = performance.now();
  const artifact = buildFromDir(dir);
  const { bytes } = writeArtifact(artifact, out);
  const ms = performance.now() - started;
  const ownMs = performance.now() - loaded;
  const chapters = new Set(artifact.docs.map((d) => d.chapter)).size;
  console.log(
    `search index: ${artifact.docs.length} units from ${chapters} chapters, ${artifact.tokens.reduce((n, t) => n + (t ? t.split(' ').length : 0), 0)} tokens, ` +
      `${(bytes / 1024).toFixed(0)} KiB → ${path.relative(process.cwd(), out)} in ${ms.toFixed(0)} ms ` +
      `(nodejieba dictionary ${(ms - ownMs).toFixed(0)} ms, index ${ownMs.toFixed(0)} ms)`,
  );
} catch (error) {
  console.error(`build-index failed: ${(error as Error).message}`);
  process.exit(1);
}
