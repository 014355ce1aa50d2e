import { expect, test } from '@playwright/test';

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });

  test('/search?q=数商兴农 lists highlighted results with per-chapter counts', async ({ page }) => {
    await page.goto('/search?q=' + encodeURIComponent('数商兴农'));
    await expect(page.locator('[data-search-total]')).toContainText('数商兴农');
    const results = page.locator('[data-search-result]');
    expect(await results.count()).toBeGreaterThan(3);
    await expect(results.first().locator('mark').first()).toHaveText('数商兴农');
    const counts = page.locator('[data-chapter-counts] [data-count]');
    const sum = (await counts.allTextContents()).reduce((n, t) => n + Number(t), 0);
    expect(sum).toBe(await results.count());
    // Grouped by chapter: one group per counted chapter.
    await expect(page.locator('[data-result-group]')).toHaveCount(await counts.count());
    const href = await results.first().getByRole('link').first().getAttribute('href');
    expect(href).toMatch(/^\/chapters\/[\w-]+\?q=%E6%95%B0%E5%95%86%E5%85%B4%E5%86%9C#[\w-]+$/);
  });

  test('the header box is a form that submits to /search', async ({ page }) => {
    await page.goto('/chapters/1');
    await page.getByRole('combobox', { name: '搜索报告全文' }).fill('RCEP');
    await page.getByRole('combobox', { name: '搜索报告全文' }).press('Enter');
    await expect(page).toHaveURL(/\/search\?q=RCEP$/);
    expect(await page.locator('[data-search-result]').count()).toBeGreaterThan(0);
  });

  test('a chapter filter and an empty query both render', async ({ page }) => {
    await page.goto('/search?q=' + encodeURIComponent('跨境电商') + '&chapter=3');
    const chapters = await page
      .locator('[data-search-result] a[href^="/chapters/"]')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')!.split('?')[0]));
    expect(new Set(chapters)).toEqual(new Set(['/chapters/3']));
    await page.goto('/search?q=');
    await expect(page.getByRole('heading', { name: '搜索全文' })).toBeVisible();
    await expect(page.locator('[data-search-result]')).toHaveCount(0);
  });
});

test('GET /api/search returns the JSON of the query module, and 400 for bad parameters', async ({ request }) => {
  const ok = await request.get('/api/search?q=RCEP&limit=3');
  expect(ok.status()).toBe(200);
  const body = await ok.json();
  expect(body.query).toBe('rcep');
  expect(body.results).toHaveLength(3);
  expect(body.total).toBeGreaterThan(3);
  expect(Object.keys(body.results[0])).toEqual(
    expect.arrayContaining(['chapter', 'anchor', 'number', 'title', 'path', 'count', 'snippet', 'highlights']),
  );
  for (const bad of ['', '?q=a&limit=x', '?q=a&limit=0', '?q=a&q=b']) {
    expect((await request.get('/api/search' + bad)).status(), bad).toBe(400);
  }
  const long = await (await request.get('/api/search?q=' + encodeURIComponent('电'.repeat(150)))).json();
  expect(long.truncated).toBe(true);
  for (const odd of ['<script>', '.*', '🛒', '%00', '%ED%A0%80']) {
    expect((await request.get('/api/search?q=' + odd)).status(), odd).toBe(200);
  }
});
