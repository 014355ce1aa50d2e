import { createHash } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import net from 'node:net';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppServer } from '@/lib/server/app-server';
import { readServerConfig } from '@/lib/server/config';

/**
 * The server in front of the app, with a stand-in app that writes the way Next does (headers, then the
 * body in chunks): what reaches the client is complete, hashed for the CSP and compressed.
 */
const script = "document.documentElement.classList.add('js')";
const page = `<!doctype html><html><head><script>${script}</script></head><body>${'<p>国家统计局数据显示，2022年。</p>'.repeat(200)}</body></html>`;
const bigFile = Buffer.alloc(5000, 1);

let port: number;
let close: () => void;
beforeAll(async () => {
  const { server } = createAppServer(
    (req, res) => {
      if (req.url === '/bin') {
        res.writeHead(200, { 'content-type': 'application/octet-stream' });
        res.write(bigFile.subarray(0, 2000));
        return void res.end(bigFile.subarray(2000));
      }
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.writeHead(200);
      res.write(page.slice(0, 1000));
      res.end(page.slice(1000));
    },
    readServerConfig({ RATE_LIMIT: '2/60', MAX_HEADER_BYTES: '8192' }),
    'build-1',
  );
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  port = (server.address() as AddressInfo).port;
  close = () => server.close();
});
afterAll(() => close());

const url = (path: string) => `http://127.0.0.1:${port}${path}`;

describe('the server in front of the app', () => {
  it('sends the whole page brotli-compressed, with a CSP naming its inline script by hash', async () => {
    const response = await fetch(url('/chapters/1'), { headers: { 'accept-encoding': 'br' } });
    expect(response.headers.get('content-encoding')).toBe('br');
    expect(await response.text()).toBe(page); // fetch decodes br
    const hash = createHash('sha256').update(script).digest('base64');
    expect(response.headers.get('content-security-policy')).toContain(`'sha256-${hash}'`);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('passes bodies it need not touch through unchanged', async () => {
    const response = await fetch(url('/bin'), { headers: { 'accept-encoding': 'br, gzip' } });
    expect(response.headers.get('content-encoding')).toBeNull();
    expect(Buffer.from(await response.arrayBuffer()).equals(bigFile)).toBe(true);
  });

  it('gives search a cache policy and an ETag from the build, then 304', async () => {
    const first = await fetch(url('/search?q=RCEP'), { headers: { 'accept-encoding': 'gzip' } });
    expect(first.headers.get('cache-control')).toMatch(/^public, max-age=\d+, s-maxage=\d+, stale-while-revalidate=\d+$/);
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^(W\/)?"build-1-/);
    const again = await fetch(url('/search?q=RCEP'), { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    // a third search from the same client is past RATE_LIMIT=2/60
    const limited = await fetch(url('/search?q=B2B'));
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('answers an oversized request head with a readable 431', async () => {
    const answer = await new Promise<string>((resolve) => {
      const socket = net.connect(port, '127.0.0.1');
      let text = '';
      socket.on('data', (d) => (text += d));
      socket.on('end', () => resolve(text));
      socket.write(`GET /search?q=${'%E9%95%BF'.repeat(2000)} HTTP/1.1\r\nHost: x\r\n\r\n`);
    });
    expect(answer).toMatch(/^HTTP\/1\.1 431 /);
    expect(answer).toContain('网址过长');
  });

  it('decompresses gzip to the same page', async () => {
    const response = await fetch(url('/about'), { headers: { 'accept-encoding': 'gzip' } });
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(await response.text()).toBe(page);
    expect(zlib.gzipSync(Buffer.from(page)).length).toBeLessThan(page.length);
  });
});
