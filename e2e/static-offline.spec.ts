import { expect, test, type Page } from '@playwright/test';
import { phone, waitForHydration } from './helpers/reader';
import { serverAnswer } from './helpers/static-search';

/** The first visit saves the whole report (a fast connection: no need to ask); waits until it is stored. */
async function visitAndSave(page: Page, path = '/chapters/1') {
  await page.goto(path);
  await waitForHydration(page);
  await expect(page.locator('[data-offline-saved]')).toBeVisible({ timeout: 60_000 });
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
}

test('after one visit the report reads, searches and shows footnotes offline', async ({ page, context }) => {
  await visitAndSave(page);
  // The size the action announced is what the export measured (offline.json), not a guess.
  const summary = await (await page.request.get('/offline.json')).json();
  await expect(page.locator('[data-offline-saved]')).toContainText(`${(summary.transfer / 1_000_000).toFixed(1)} MB`);

  await context.setOffline(true);
  await expect(page.locator('[data-offline-indicator]')).toContainText('离线中');
  // The next chapter by its link (a client navigation: its data fetch fails offline, the page itself is saved).
  await page.locator('a[rel="next"]').first().click();
  await expect(page).toHaveURL(/\/chapters\/2$/);
  await expect(page.locator('h1')).toContainText('电子商务服务业发展报告');
  // A chapter typed or bookmarked: a full page load, from the saved copy.
  await page.goto('/chapters/7');
  await waitForHydration(page);
  await expect(page.locator('h1')).toContainText('电子商务规范发展报告');
  await expect(page.locator('[data-offline-indicator]')).toBeVisible();
  // The numbers' reasoning comes from the saved reasons file, offline too.
  await expect(page.locator('#chapter abbr.num-mark[title*="依据："]').first()).toBeAttached();

  await page.locator('#fnref-1').hover();
  await expect(page.getByRole('dialog', { name: '注释 1' })).toBeVisible();
  await page.mouse.move(5, 500);

  const box = page.getByRole('combobox', { name: '搜索报告全文' });
  await box.click();
  await page.keyboard.type('数据安全');
  const expected = serverAnswer('数据安全', 8);
  const options = page.locator('[data-search-panel][data-query="数据安全"] [data-search-option]');
  await expect(options).toHaveCount(expected.results.length);
  expect(await options.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(expected.results.map((r) => r.href));

  // A result link, offline: the chapter opens from the cache with the words highlighted.
  await options.first().click();
  await expect(page).toHaveURL(new RegExp(expected.results[0].href.split('#')[0].replace(/[?]/g, '\\?')));
  await expect.poll(() => page.evaluate(() => CSS.highlights.get('find-match')?.size ?? 0)).toBeGreaterThan(0);
});

test('on a metered connection nothing is saved unasked; 「离线阅读」 says the size and saves on request', async ({ page }) => {
  await page.addInitScript(() => Object.defineProperty(navigator, 'connection', { value: { saveData: true, effectiveType: '4g' } }));
  await page.goto('/chapters/3');
  await waitForHydration(page);
  const summary = await (await page.request.get('/offline.json')).json();
  const action = page.locator('[data-offline-save]');
  await expect(action).toHaveText(`离线阅读（约 ${(summary.transfer / 1_000_000).toFixed(1)} MB）`);
  expect(await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => !!r))).toBe(false);
  await action.click();
  await expect(page.locator('[data-offline-saved]')).toBeVisible({ timeout: 60_000 });
  const stored = await page.evaluate(async () => {
    let n = 0;
    for (const name of await caches.keys()) n += (await (await caches.open(name)).keys()).length;
    return n;
  });
  expect(stored).toBe(summary.files);
});

test.describe('on a phone', () => {
  test.use(phone);

  test('the offline notice fits the screen and the saved state is in reach', async ({ page, context }) => {
    await visitAndSave(page, '/chapters/4');
    await context.setOffline(true);
    await page.goto('/chapters/5');
    const notice = page.locator('[data-offline-indicator]');
    await expect(notice).toBeVisible();
    const box = (await notice.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    expect(box.y + box.height).toBeLessThanOrEqual(844);
    await page.locator('[data-offline-saved]').scrollIntoViewIfNeeded();
    await expect(page.locator('[data-offline-saved]')).toBeInViewport();
  });
});
