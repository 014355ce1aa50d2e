import type { IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AnswerCache, answerCacheKey, answerHeaders } from '@/lib/server/answer-cache';
import { createAppServer } from '@/lib/server/app-server';
import { readServerConfig } from '@/lib/server/config';

const request = (url: string, headers: Record<string, string> = {}, method = 'GET') =>
  ({ url, method, headers }) as unknown as IncomingMessage;
const answer = (text: string) => ({ status: 200, headers: { 'content-type': 'text/html' }, body: Buffer.from(text), digest: text });

describe('which requests an answer may be replayed for', () => {
  it('keys plain GETs of searches and prerendered pages by their whole URL', () => {
    expect(answerCacheKey(request('/search?q=跨境电商&page=2'))).toBe('/search?q=跨境电商&page=2');
    expect(answerCacheKey(request('/api/search?q=RCEP&limit=8'))).toBe('/api/search?q=RCEP&limit=8');
    expect(answerCacheKey(request('/chapters/1'))).toBe('/chapters/1');
    expect(answerCacheKey(request('/chapters/1?q=RCEP'))).toBe('/chapters/1?q=RCEP');
  });

  it('never for other methods or Next client navigations (an RSC payload, not the HTML)', () => {
    expect(answerCacheKey(request('/chapters/1', { rsc: '1' }))).toBeNull();
    expect(answerCacheKey(request('/search?q=RCEP', {}, 'HEAD'))).toBeNull();
    expect(answerCacheKey(request('/search?q=RCEP', { rsc: '1' }))).toBeNull();
    expect(answerCacheKey(request('/search?q=RCEP', { 'next-router-state-tree': '%5B%5D' }))).toBeNull();
  });

  it('keeps the answer headers and drops those of one transfer', () => {
    expect(answerHeaders({ 'content-type': 'text/html', 'content-length': '9', etag: '"x"', vary: 'rsc' })).toEqual({
      'content-type': 'text/html',
      vary: 'rsc',
    });
  });
});

describe('AnswerCache', () => {
  it('evicts the least recently used answer once over its byte bound', () => {
    const cache = new AnswerCache(10);
    cache.set('a', answer('1234'));
    cache.set('b', answer('5678'));
    expect(cache.get('a')?.body.toString()).toBe('1234'); // a is now the most recent
    cache.set('c', answer('9012'));
    expect(cache.get('b')).toBeUndefined();
    expect([cache.get('a'), cache.get('c')].map((x) => x?.body.toString())).toEqual(['1234', '9012']);
    expect(cache.totalBytes).toBe(8);
  });

  it('replaces an answer without counting it twice and refuses one larger than the bound', () => {
    const cache = new AnswerCache(10);
    cache.set('a', answer('1234'));
    cache.set('a', answer('123456'));
    expect(cache.totalBytes).toBe(6);
    cache.set('big', answer('12345678901'));
    expect(cache.get('big')).toBeUndefined();
    expect(cache.size).toBe(1);
  });
});

describe('the server replays a rendered search answer instead of rendering it again', () => {
  let port: number;
  let close: () => void;
  const renders: string[] = [];

  beforeAll(async () => {
    const { server } = createAppServer(
      (req, res) => {
        renders.push(req.url ?? '');
        res.setHeader('content-type', 'text/html; charset=utf-8');
        res.statusCode = req.url?.includes('missing') ? 503 : 200;
        res.end(`<!doctype html><p>${'跨境电商'.repeat(100)} ${req.url}</p>`);
      },
      readServerConfig({ RATE_LIMIT: 'off' }),
      'build-1',
    );
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    port = (server.address() as AddressInfo).port;
    close = () => server.close();
  });
  afterAll(() => close());

  const get = (path: string, headers: Record<string, string> = {}) => fetch(`http://127.0.0.1:${port}${path}`, { headers });

  it('renders a query once, answers the repeat with the same body, CSP, ETag and encoding', async () => {
    const first = await get('/search?q=RCEP', { 'accept-encoding': 'gzip' });
    const second = await get('/search?q=RCEP', { 'accept-encoding': 'gzip' });
    expect(renders.filter((u) => u === '/search?q=RCEP')).toHaveLength(1);
    expect(await second.text()).toBe(await first.text());
    for (const name of ['content-security-policy', 'etag', 'content-encoding', 'cache-control', 'x-content-type-options']) {
      expect(second.headers.get(name), name).toBe(first.headers.get(name));
    }
    const revalidated = await get('/search?q=RCEP', { 'if-none-match': String(first.headers.get('etag')) });
    expect(revalidated.status).toBe(304);
  });

  it('reads a prerendered page from Next once, and revalidates it by the build’s ETag', async () => {
    const first = await get('/chapters/1', { 'accept-encoding': 'br' });
    const second = await get('/chapters/1', { 'accept-encoding': 'br' });
    expect(renders.filter((u) => u === '/chapters/1')).toHaveLength(1);
    expect(await second.text()).toBe(await first.text());
    expect(second.headers.get('etag')).toBe(first.headers.get('etag'));
    expect(first.headers.get('etag')).toMatch(/^W\/"build-1-/);
    expect((await get('/chapters/1', { 'if-none-match': String(first.headers.get('etag')) })).status).toBe(304);
  });

  it('renders again for a client navigation, another query or a failed answer', async () => {
    await get('/search?q=RCEP', { rsc: '1' });
    await get('/search?q=RCEP&page=2');
    await get('/search?q=missing');
    await get('/search?q=missing');
    expect(renders.filter((u) => u === '/search?q=RCEP')).toHaveLength(2);
    expect(renders.filter((u) => u === '/search?q=missing')).toHaveLength(2);
  });
});
