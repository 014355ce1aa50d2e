import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { waitForHydration } from './helpers/reader';
import { finishExport, serveStatic } from './helpers/static-server';

// A deploy of its own (a copy of out/ on another port), so changing it disturbs no other test.
const port = Number(process.env.E2E_STATIC_PORT || 3151) + 1;
const origin = `http://127.0.0.1:${port}`;

/** What the page's service worker has stored for a path (the precache, as the reader's browser holds it). */
function cached(page: import('@playwright/test').Page, file: string) {
  return page.evaluate(async (f) => {
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const req of await cache.keys()) if (new URL(req.url).pathname === `/${f}`) return (await cache.match(req))!.text();
    }
    return null;
  }, file);
}

test('a second build replaces the saved copy once the reader chooses 「刷新」', async ({ page }) => {
  test.setTimeout(120_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'report-export-'));
  fs.cpSync('out', dir, { recursive: true });
  const server = await serveStatic(dir, port);
  try {
    await page.goto(`${origin}/chapters/1`);
    await waitForHydration(page);
    await expect(page.locator('[data-offline-saved]')).toBeVisible({ timeout: 60_000 });
    const before = JSON.parse((await cached(page, 'search-index.json'))!);
    expect(await cached(page, 'data/tables/tbl-1-1.json')).not.toBeNull();

    // The second build: a rebuilt search artifact, and a data file the new build no longer has.
    const artifactFile = path.join(dir, 'search-index.json');
    const artifact = JSON.parse(fs.readFileSync(artifactFile, 'utf8'));
    artifact.builtAt = new Date(Date.parse(before.builtAt) + 60_000).toISOString();
    fs.writeFileSync(artifactFile, JSON.stringify(artifact));
    fs.rmSync(path.join(dir, 'data/tables/tbl-1-1.json'));
    finishExport(dir);

    // The next visit finds the new service worker; it installs beside the old one and waits.
    await page.reload();
    await waitForHydration(page);
    const toast = page.locator('[data-update-ready]');
    await expect(toast).toContainText('已更新，刷新以查看', { timeout: 60_000 });
    expect(JSON.parse(await (await page.request.get(`${origin}/search-index.json`)).text()).builtAt).toBe(artifact.builtAt);

    await toast.getByRole('button', { name: '刷新' }).click();
    await page.waitForEvent('load');
    await waitForHydration(page);
    await expect(toast).toBeHidden();
    // The saved copy is the new build's: the new artifact, and nothing the new build dropped.
    await expect.poll(async () => JSON.parse((await cached(page, 'search-index.json')) ?? '{}').builtAt).toBe(artifact.builtAt);
    expect(await cached(page, 'data/tables/tbl-1-1.json')).toBeNull();
  } finally {
    await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
