/**
 * npm run bench:search — one run: index build time, artifact size (raw, gzip), query p50/p99 over the
 * committed query set, recall/precision against substring truth, and a plain substring scan timed in
 * the same process as the baseline. Usage: tsx scripts/bench-search.ts [--chapters DIR] [--rounds N]
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { CHAPTERS_DIR } from '@/lib/content/chapters-fs';
import { buildFromDir } from '@/lib/search/build-fs';
import { loadJieba } from '@/lib/search/jieba';
import { loadArtifact, type LoadedDoc } from '@/lib/search/load';
import { normalizeQuery } from '@/lib/search/normalize';
import { search } from '@/lib/search/search';

const argOf = (name: string) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : undefined; };
const dir = path.resolve(argOf('--chapters') ?? CHAPTERS_DIR);
const rounds = Number(argOf('--rounds') ?? 200);
const queries = (JSON.parse(fs.readFileSync(path.join(__dirname, '../test/search/queries.json'), 'utf8')) as { q: string }[]).map((x) => x.q);

const t0 = performance.now();
loadJieba();
const jiebaMs = performance.now() - t0;
const artifact = buildFromDir(dir);
const buildMs = performance.now() - t0;
const json = JSON.stringify(artifact);
const t1 = performance.now();
const index = loadArtifact(JSON.parse(json));
const loadMs = performance.now() - t1;

function wordsOf(q: string): string[] {
  const n = normalizeQuery(q);
  const quoted = /^"(.*)"$/.exec(n);
  return quoted ? [quoted[1]] : n.split(' ').filter(Boolean);
}

/** Ground truth: the units whose normalised text (or a :num's raw digits) contains every word. */
function truth(docs: LoadedDoc[], q: string): number[] {
  const words = wordsOf(q);
  const out: number[] = [];
  docs.forEach((d, i) => {
    if (words.every((w) => d.norm.includes(w) || d.numsNorm.some((x) => x.raw.includes(w)))) out.push(i);
  });
  return out;
}

/** The timing baseline: Ctrl+F over every unit's normalised text, membership only. */
function scan(docs: LoadedDoc[], q: string): number[] {
  const words = wordsOf(q);
  const out: number[] = [];
  for (let i = 0; i < docs.length; i++) if (words.every((w) => docs[i].norm.includes(w))) out.push(i);
  return out;
}

function timeLoop(fn: (q: string) => unknown): number[] {
  for (const q of queries) fn(q); // warm-up: JIT and caches, as a running server has them
  const samples: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const q of queries) {
      const s = performance.now();
      fn(q);
      samples.push((performance.now() - s) * 1000);
    }
  }
  return samples.sort((a, b) => a - b);
}
const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

const key = (d: { chapter: string; anchor: string; kind: string; number: string; title: string }) => `${d.chapter}|${d.anchor}|${d.kind}|${d.number}|${d.title}`;
let expected = 0, returned = 0, correct = 0;
for (const q of queries) {
  const expectedKeys = truth(index.docs, q).map((i) => key(index.docs[i]));
  const got = search(index, q).results.map(key);
  const pool = [...expectedKeys];
  for (const k of got) { const at = pool.indexOf(k); if (at >= 0) { pool.splice(at, 1); correct++; } }
  expected += expectedKeys.length;
  returned += got.length;
}

const full = timeLoop((q) => search(index, q));
const boxed = timeLoop((q) => search(index, q, { limit: 8 }));
const plain = timeLoop((q) => scan(index.docs, q));
const us = (x: number) => `${x.toFixed(1)} µs`;

console.log(`corpus          ${path.relative(process.cwd(), dir) || dir}: ${artifact.docs.length} units, ${index.docs.reduce((n, d) => n + d.text.length, 0)} characters`);
console.log(`index build     ${buildMs.toFixed(0)} ms (nodejieba dictionary ${jiebaMs.toFixed(0)} ms + index ${(buildMs - jiebaMs).toFixed(0)} ms), artifact load ${loadMs.toFixed(0)} ms`);
console.log(`artifact size   ${(Buffer.byteLength(json) / 1024).toFixed(1)} KiB raw, ${(zlib.gzipSync(json).length / 1024).toFixed(1)} KiB gzip`);
console.log(`queries         ${queries.length} × ${rounds} rounds`);
console.log(`recall          ${(expected ? correct / expected : 1).toFixed(4)}  (${correct}/${expected})`);
console.log(`precision       ${(returned ? correct / returned : 1).toFixed(4)}  (${correct}/${returned})`);
console.log(`search (all)    p50 ${us(pct(full, 50))}  p99 ${us(pct(full, 99))}   results + snippets for every hit`);
console.log(`search (8)      p50 ${us(pct(boxed, 50))}  p99 ${us(pct(boxed, 99))}   as the header box asks`);
console.log(`plain scan      p50 ${us(pct(plain, 50))}  p99 ${us(pct(plain, 99))}   membership only`);
console.log(`ratio p50       ${(pct(full, 50) / pct(plain, 50)).toFixed(2)}× (all), ${(pct(boxed, 50) / pct(plain, 50)).toFixed(2)}× (8)   goal ≤ 2×`);
