import net from 'node:net';
import { expect, test } from '@playwright/test';

/** Requests no reader makes on purpose still get a clear 4xx, never the page and never a 500. */
const port = Number(process.env.E2E_PORT || 3100);

/** A raw HTTP exchange, for what a browser or fetch() cannot send (`OPTIONS *`, a 40 KB URL). */
function raw(request: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    let answer = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk) => (answer += chunk));
    socket.on('end', () => resolve(answer));
    socket.on('error', reject);
    socket.write(request);
  });
}

for (const method of ['PUT', 'DELETE', 'PATCH', 'POST']) {
  test(`${method} on a chapter is 405 with Allow, not the page`, async ({ request }) => {
    const response = await request.fetch('/chapters/1', { method });
    expect(response.status()).toBe(405);
    expect(response.headers().allow).toBe('GET, HEAD, OPTIONS');
    expect(await response.text()).not.toContain('<html');
  });
}

test('TRACE is 405, OPTIONS * is 204 with Allow', async () => {
  const trace = await raw('TRACE / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n');
  expect(trace).toMatch(/^HTTP\/1\.1 405 /);
  const options = await raw('OPTIONS * HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n');
  expect(options).toMatch(/^HTTP\/1\.1 204 /);
  expect(options).toMatch(/\r\nallow: GET, HEAD, OPTIONS\r\n/i);
});

test('a URL too long for the server gets a readable 431 page with a link home', async () => {
  const query = encodeURIComponent('跨境电商'.repeat(3000)); // ~108 KB, past the 64 KB request-head limit
  const answer = await raw(`GET /search?q=${query} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`);
  expect(answer).toMatch(/^HTTP\/1\.1 431 /);
  expect(answer).toContain('网址过长');
  expect(answer).toContain('<a href="/">');
});

test('a long query that fits is searched, not refused', async ({ request }) => {
  // 2,000 CJK characters are 18 KB percent-encoded: past Node's default 16 KB, inside the server's limit.
  const response = await request.get(`/search?q=${encodeURIComponent('电'.repeat(2000))}`);
  expect(response.status()).toBe(200);
});

test('an unknown chapter filter on /search says so instead of counting results over an empty list', async ({ page }) => {
  await page.goto('/search?q=%E8%B7%A8%E5%A2%83%E7%94%B5%E5%95%86&chapter=garbage');
  await expect(page.locator('[data-unknown-chapter]')).toContainText('没有名为“garbage”的章节');
  await expect(page.locator('[data-search-result]').first()).toBeVisible();
});
