import { expect, test } from '@playwright/test';
import { phone } from './helpers/reader';

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a multi-word result links with every word, separated by single spaces', async ({ page }) => {
    await page.goto('/search?' + new URLSearchParams({ q: '跨境电商 海外仓' }));
    const links = page.locator('[data-search-result] > a');
    expect(await links.count()).toBeGreaterThan(1);
    for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
      const url = new URL(href, 'http://x');
      const words = url.searchParams.get('q')!.split(' ');
      expect(words, href).toEqual(expect.arrayContaining(['跨境电商', '海外仓']));
      expect(
        words.every((w) => w.length > 0),
        href,
      ).toBe(true);
      expect(url.search, href).toBe(`?${new URLSearchParams({ q: words.join(' ') })}`);
      expect(url.hash, href).toMatch(/^#[\w-]+$/);
    }
  });

  test('a result also carries the equivalent form it matched', async ({ page }) => {
    await page.goto('/search?' + new URLSearchParams({ q: 'RCEP' }));
    const hrefs = await page.locator('[data-search-result] > a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    const words = hrefs.map((h) => new URL(h, 'http://x').searchParams.get('q'));
    expect(words).toContain('rcep 区域全面经济伙伴关系协定');
  });

  test('a typo gets a “did you mean” link, never a silent substitution', async ({ page }) => {
    await page.goto('/search?' + new URLSearchParams({ q: '电子商物' }));
    await expect(page.locator('[data-search-total]')).toContainText('没有找到');
    const suggestion = page.locator('[data-suggestion]').first();
    await expect(suggestion).toHaveText('电子商务');
    await suggestion.click();
    await expect(page).toHaveURL(/\/search\?q=%E7%94%B5%E5%AD%90%E5%95%86%E5%8A%A1$/);
    expect(await page.locator('[data-search-result]').count()).toBeGreaterThan(0);
  });

  test('pinyin initials suggest the report term', async ({ page }) => {
    await page.goto('/search?' + new URLSearchParams({ q: 'kjds' }));
    await expect(page.locator('[data-suggestion]').first()).toHaveText('跨境电商');
  });

  test('/search pages through the results with plain links', async ({ page }) => {
    await page.goto('/search?' + new URLSearchParams({ q: '电子商务' }));
    const results = page.locator('[data-search-result]');
    await expect(results).toHaveCount(20);
    await expect(page.locator('[data-search-total]')).toContainText('第 1–20 个');
    const firstPage = await results.locator('> a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    await page.locator('[data-page-next]').click();
    await expect(page).toHaveURL(/[?&]page=2(&|$)/);
    await expect(page.locator('[data-search-total]')).toContainText('第 21–40 个');
    const secondPage = await results.locator('> a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(secondPage.filter((h) => firstPage.includes(h))).toEqual([]);
    await page.locator('[data-page-prev]').click();
    await expect(page.locator('[data-search-total]')).toContainText('第 1–20 个');
    // A page past the end shows the last page, not an error.
    const response = await page.goto('/search?' + new URLSearchParams({ q: '电子商务', page: '9999' }));
    expect(response!.status()).toBe(200);
    expect(await results.count()).toBeGreaterThan(0);
    await expect(page.locator('[data-page-next]')).toHaveCount(0);
  });

  test('a chapter filter pages within the chapter', async ({ page }) => {
    await page.goto('/search?' + new URLSearchParams({ q: '电子商务', chapter: '1' }));
    const chapters = await page
      .locator('[data-search-result] > a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')!.split('?')[0]));
    expect(new Set(chapters)).toEqual(new Set(['/chapters/1']));
    await expect(page.locator('[data-search-total]')).toContainText('本章');
  });
});

test('the API pages with offset and filters with chapter', async ({ request }) => {
  const all = await (await request.get('/api/search?' + new URLSearchParams({ q: '电子商务', limit: '10' }))).json();
  const next = await (await request.get('/api/search?' + new URLSearchParams({ q: '电子商务', limit: '10', offset: '10' }))).json();
  expect(next.offset).toBe(10);
  expect(next.results.map((r: { href: string }) => r.href)).not.toContain(all.results[0].href);
  const three = await (await request.get('/api/search?' + new URLSearchParams({ q: '电子商务', chapter: '3' }))).json();
  expect(three.chapterTotal).toBe(three.chapters.find((c: { chapter: string }) => c.chapter === '3').count);
  expect(new Set(three.results.map((r: { chapter: string }) => r.chapter))).toEqual(new Set(['3']));
  const exact = await (await request.get('/api/search?' + new URLSearchParams({ q: '电商', exact: '1' }))).json();
  expect(exact.exact).toBe(true);
  const loose = await (await request.get('/api/search?' + new URLSearchParams({ q: '电商' }))).json();
  expect(loose.exact).toBe(false);
  expect(exact.total).toBeLessThan(loose.total);
  expect((await request.get('/api/search?q=a&offset=-1')).status()).toBe(400);
});

test.describe('on a phone', () => {
  test.use(phone);

  test('the box offers a suggestion that can be tapped, and caps a long paste in bytes with a note', async ({ page }) => {
    await page.goto('/chapters/1');
    await page.locator('form[data-search-box="live"]').waitFor();
    const box = page.getByRole('combobox', { name: '搜索报告全文' });
    await box.tap();
    await box.fill('kjds');
    const suggestion = page.locator('[data-search-panel] [data-suggestion]').first();
    await expect(suggestion).toHaveText('跨境电商');
    const size = await suggestion.boundingBox();
    expect(size!.x + size!.width).toBeLessThanOrEqual(390);
    await suggestion.tap();
    await expect(page).toHaveURL(/\/search\?q=%E8%B7%A8%E5%A2%83%E7%94%B5%E5%95%86$/);

    await page.goto('/chapters/1');
    await page.locator('form[data-search-box="live"]').waitFor();
    await box.fill('电'.repeat(150));
    await expect(box).toHaveValue('电'.repeat(100));
    await expect(page.locator('[data-box-truncated]')).toContainText('300 字节');
  });
});
