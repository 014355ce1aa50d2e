import { expect, test } from '@playwright/test';
import { startServer, type StartedServer } from './helpers/server-process';

/** Search costs CPU per distinct request; one client past its budget gets 429 with Retry-After, chapters never. */
test.describe.configure({ mode: 'serial', timeout: 90_000 });

let server: StartedServer;
const base = 'http://127.0.0.1:3114';
test.beforeAll(async () => {
  server = await startServer(3114, { RATE_LIMIT: '3/60' });
});
test.afterAll(async () => {
  server.child.kill('SIGTERM');
  await server.exited;
});

test('the fourth search within the window is 429 with Retry-After; chapters stay unlimited', async ({ request }) => {
  for (const q of ['RCEP', 'B2B', '5G']) expect((await request.get(`${base}/api/search?q=${q}`)).status()).toBe(200);
  const api = await request.get(`${base}/api/search?q=2022`);
  expect(api.status()).toBe(429);
  expect(Number(api.headers()['retry-after'])).toBeGreaterThan(0);
  expect((await api.json()).error).toMatch(/retry in \d+ s/);
  const page = await request.get(`${base}/search?q=2022`);
  expect(page.status()).toBe(429);
  expect(await page.text()).toContain('请求过于频繁');
  for (let i = 0; i < 5; i++) expect((await request.get(`${base}/chapters/1`)).status()).toBe(200);
});
