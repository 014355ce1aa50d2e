import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { bodyDigest } from '@/lib/server/answer-cache';
import { CompressionCache } from '@/lib/server/compression';
import { seedPrecompressedPages } from '@/lib/server/precompressed-fs';
import { slimPrerenderedPages } from '@/lib/prerender/slim-fs';

const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'precompressed-'));
afterAll(() => fs.rmSync(dist, { recursive: true, force: true }));

describe('the build’s precompressed pages', () => {
  // A page of chapter 1's words, as a prerendered file without an inline payload to slim.
  const page = Buffer.from(
    `<!DOCTYPE html><html><body><p>${'2022年，全国电子商务交易额达43.83万亿元，按可比口径计算，比上年增长3.5%。'.repeat(40)}</p></body></html>`,
  );
  const app = path.join(dist, 'server', 'app', 'chapters');
  fs.mkdirSync(app, { recursive: true });
  fs.writeFileSync(path.join(app, '1.html'), page);

  it('are written beside each page, and the server holds them under the digest of the body Next sends', async () => {
    await slimPrerenderedPages(path.join(dist, 'server', 'app'), { precompress: true });
    const br = fs.readFileSync(path.join(app, '1.html.br'));
    expect(zlib.brotliDecompressSync(br).equals(page)).toBe(true);
    expect(zlib.gunzipSync(fs.readFileSync(path.join(app, '1.html.gz'))).equals(page)).toBe(true);

    const cache = new CompressionCache(1 << 20);
    expect(seedPrecompressedPages(dist, cache)).toBe(2);
    let compressedAgain = false;
    const served = await cache.get(`br:${bodyDigest(page)}`, async () => {
      compressedAgain = true;
      return Buffer.alloc(0);
    });
    expect(compressedAgain).toBe(false);
    expect(served.equals(br)).toBe(true);
  });
});
