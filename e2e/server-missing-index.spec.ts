import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { get, startServer, type StartedServer } from './helpers/server-process';

/**
 * A deployment whose search index is missing (a build copied without `.cache/`) is broken, not the reader's
 * request: search says so with a 503 and a sentence, never a 500, an empty page or the server's paths,
 * and every chapter still reads. The server runs from a folder that links the real build and sources but
 * has no `.cache/`, so the suite's own index is never touched.
 */
test.describe.configure({ timeout: 90_000 });

const PORT = 3116;
let server: StartedServer;
let root: string;

test.beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'report-no-index-'));
  const distDir = process.env.NEXT_DIST_DIR || '.next';
  for (const entry of [distDir, 'node_modules', 'next.config.js', 'package.json', 'tsconfig.json', 'scripts', 'lib', 'app', 'content']) {
    fs.symlinkSync(path.resolve(entry), path.join(root, entry));
  }
  server = await startServer(PORT, {}, undefined, root);
});

test.afterAll(async () => {
  server?.child.kill('SIGTERM');
  await server?.exited;
  fs.rmSync(root, { recursive: true, force: true });
});

test('the API answers 503 with a sentence and no file path', async () => {
  const answer = await get(PORT, `/api/search?q=${encodeURIComponent('跨境电商')}`);
  expect(answer).toMatchObject({ status: 503 });
  const body = 'body' in answer ? answer.body : '';
  expect(JSON.parse(body).error).toContain('搜索暂不可用');
  expect(body).not.toContain(root);
  expect(body).not.toContain(process.cwd());
  expect(body).not.toMatch(/index\.json|\.cache|node_modules/);
});

test('the search page is a readable 503 page that links home, and chapters still read', async ({ page }) => {
  const response = await page.goto(`http://127.0.0.1:${PORT}/search?q=${encodeURIComponent('直播电商')}`);
  expect(response?.status()).toBe(503);
  await expect(page.getByText('本站的搜索索引缺失')).toBeVisible();
  await expect(page.getByRole('link', { name: '返回目录' })).toHaveAttribute('href', '/');
  expect(await page.content()).not.toContain(process.cwd());

  const chapter = await page.goto(`http://127.0.0.1:${PORT}/chapters/1`);
  expect(chapter?.status()).toBe(200);
  await expect(page.locator('h1')).toContainText('总报告');
  expect(server.output()).toContain('search index missing');
});
