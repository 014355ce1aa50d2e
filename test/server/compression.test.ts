import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { CompressionCache, compress, negotiateEncoding } from '@/lib/server/compression';

describe('content negotiation', () => {
  it('prefers brotli, falls back to gzip, and honours q=0', () => {
    expect(negotiateEncoding('br, gzip')).toBe('br');
    expect(negotiateEncoding('gzip, deflate')).toBe('gzip');
    expect(negotiateEncoding('br;q=0, gzip')).toBe('gzip');
    expect(negotiateEncoding('gzip;q=0.5, br;q=0.8')).toBe('br');
    expect(negotiateEncoding('br;q=0.2, gzip;q=0.9')).toBe('gzip');
    expect(negotiateEncoding('identity')).toBe('identity');
    expect(negotiateEncoding(undefined)).toBe('identity');
    expect(negotiateEncoding('*')).toBe('br');
  });
});

describe('compressed bodies', () => {
  const body = Buffer.from('国家统计局数据显示，2022年，全国电子商务交易额达43.83万亿元。'.repeat(200));

  it('decompress to the original', async () => {
    expect(zlib.brotliDecompressSync(await compress(body, 'br')).equals(body)).toBe(true);
    expect(zlib.gunzipSync(await compress(body, 'gzip')).equals(body)).toBe(true);
  });

  it('are made once per key and evicted past the byte budget, oldest first', async () => {
    const cache = new CompressionCache(100);
    let made = 0;
    const make = (n: number) => () => {
      made++;
      return Promise.resolve(Buffer.alloc(n));
    };
    await cache.get('a', make(60));
    await cache.get('a', make(60));
    expect(made).toBe(1);
    await cache.get('b', make(60));
    expect(cache.size).toBeLessThanOrEqual(100);
    await cache.get('b', make(60));
    expect(made).toBe(2);
    await cache.get('a', make(60));
    expect(made).toBe(3);
  });
});
