import { expect, test } from '@playwright/test';
import { readOutline } from './helpers/outline';
import { findCount, occurrencesInVisibleText, waitForHydration } from './helpers/reader';
import { reportKeystrokeTimes, sinceLastKeystroke, watchTiming } from './helpers/search-timing';
import { serverAnswer } from './helpers/static-search';

// The static export under a plain file server: no Next, no /api/search.

test('a chapter reads from static files, and a deep link lands on its section', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto('/chapters/1#sec-1-2');
  await waitForHydration(page);
  await expect(page.locator('h1')).toContainText('2022年中国电子商务发展总报告');
  await expect(page.locator('#sec-1-2')).toBeInViewport();
  // The per-page CSP in out/_headers allows every inline script the page runs (a wrong hash is a console error).
  expect(errors.filter((e) => /Content Security Policy|Refused/.test(e))).toEqual([]);
});

test('a footnote previews in place, and the find bar counts the visible text', async ({ page }) => {
  await page.goto('/chapters/1');
  await waitForHydration(page);
  await page.locator('#fnref-1').hover();
  const note = readOutline()
    .parts.find((p) => p.slug === '1')!
    .footnotes.find((f) => f.n === 1)!;
  await expect(page.getByRole('dialog', { name: '注释 1' })).toContainText((note.text ?? '').slice(0, 12));
  await page.mouse.move(5, 500);
  await page.keyboard.press('f');
  const input = page.getByRole('searchbox', { name: '在本章中查找' });
  await input.fill('跨境');
  await expect(findCount(page)).toHaveText(`1 / ${await occurrencesInVisibleText(page, '跨境')}`);
});

test('the search box searches in the browser and shows what the server would', async ({ page }) => {
  await page.goto('/chapters/2');
  await waitForHydration(page);
  const box = page.getByRole('combobox', { name: '搜索报告全文' });
  await box.click();
  await page.keyboard.type('跨境电商');
  const panel = page.locator('[data-search-panel][data-query="跨境电商"]');
  const expected = serverAnswer('跨境电商', 8);
  await expect(panel.locator('[data-search-option]')).toHaveCount(expected.results.length);
  expect(await panel.locator('[data-search-option]').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(
    expected.results.map((r) => r.href),
  );
  await expect(panel.locator('[data-chapter-counts]')).toContainText(`共 ${expected.total} 条`);
});

test('/search?q= renders the results in the browser, the same as the server page', async ({ page }) => {
  await page.goto(`/search?q=${encodeURIComponent('直播电商')}&page=2`);
  const expected = serverAnswer('直播电商', 500);
  const results = page.locator('[data-search-static] [data-search-result] > a');
  await expect(page.locator('[data-search-total]')).toContainText(`共 ${expected.total} 个结果`);
  // Page 2 holds results 21–40 in rank order, grouped by chapter as the server page groups them.
  const hrefs = await results.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect([...hrefs].sort()).toEqual(
    expected.results
      .slice(20, 40)
      .map((r) => r.href)
      .sort(),
  );
});

test('until the index has arrived the box says it is loading, then shows the results', async ({ page }) => {
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route('**/search-index.json', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/chapters/5');
  await waitForHydration(page);
  await page.getByRole('combobox', { name: '搜索报告全文' }).click();
  await page.keyboard.type('丝路电商');
  await expect(page.locator('[data-search-loading]')).toHaveText('正在载入搜索索引…');
  release();
  await expect(page.locator('[data-search-panel][data-query="丝路电商"] [data-search-option]')).toHaveCount(
    serverAnswer('丝路电商', 8).results.length,
  );
  await expect(page.locator('[data-search-loading]')).toBeHidden();
});

test('keystroke → results in the browser, once the index has loaded (printed, not asserted)', async ({ page }) => {
  await page.goto('/chapters/1');
  await waitForHydration(page);
  const box = page.getByRole('combobox', { name: '搜索报告全文' });
  await box.click();
  await expect(page.locator('form[data-search-index="ready"]')).toBeAttached({ timeout: 30_000 });
  await watchTiming(page);
  const times: number[] = [];
  for (const q of ['跨境电商', '数商兴农', '直播电商', '海外仓', '乡村振兴']) {
    await box.fill('');
    await page.keyboard.type(q, { delay: 30 });
    await expect(page.locator(`[data-search-panel][data-query="${q}"] [data-search-option]`).first()).toBeVisible();
    times.push(await sinceLastKeystroke(page, q));
  }
  reportKeystrokeTimes('static export, search box', times);
});
