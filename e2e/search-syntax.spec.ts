import { expect, test, type Page } from '@playwright/test';

/** The /search page's count of results for `q`, as the reader reads it (server-rendered, no JavaScript). */
async function totalOf(page: Page, q: string): Promise<number> {
  await page.goto('/search?' + new URLSearchParams({ q }));
  const text = (await page.locator('[data-search-total]').textContent()) ?? '';
  const m = /共 (\d+) 个结果/.exec(text);
  return m ? Number(m[1]) : 0;
}

test.describe('query syntax on /search, without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('，and 、 separate words like a space', async ({ page }) => {
    const spaced = await totalOf(page, '跨境电商 海外仓');
    expect(spaced).toBeGreaterThan(0);
    expect(await totalOf(page, '跨境电商，海外仓')).toBe(spaced);
    expect(await totalOf(page, '跨境电商、海外仓')).toBe(spaced);
    // AND: fewer than either word alone.
    expect(spaced).toBeLessThan((await totalOf(page, '海外仓')) + 1);
  });

  for (const q of ['"网上年货节"', '“网上年货节”', '「网上年货节」', '『网上年货节』']) {
    test(`${q} is a phrase, highlighted whole`, async ({ page }) => {
      expect(await totalOf(page, q)).toBe(await totalOf(page, '网上年货节'));
      await page.goto('/search?' + new URLSearchParams({ q }));
      await expect(page.locator('[data-search-result] mark').first()).toHaveText('网上年货节');
    });
  }

  test('-词 excludes: with and without the word add up to the whole', async ({ page }) => {
    const all = await totalOf(page, '直播电商');
    const without = await totalOf(page, '直播电商 -农村');
    const with_ = await totalOf(page, '直播电商 农村');
    expect(without).toBeGreaterThan(0);
    expect(with_).toBeGreaterThan(0);
    expect(without + with_).toBe(all);
  });

  test('a traditional query finds what the simplified one finds, and says it converted', async ({ page }) => {
    const simplified = await totalOf(page, '跨境电商');
    expect(await totalOf(page, '跨境電商')).toBe(simplified);
    await expect(page.getByRole('status').first()).toContainText('已按简体字搜索：跨境电商');
  });

  test('the syntax is explained on the page', async ({ page }) => {
    await page.goto('/search');
    await page.locator('[data-query-help] summary').click();
    await expect(page.locator('[data-query-help]')).toContainText('-跨境');
    await expect(page.locator('[data-query-help]')).toContainText('「」');
  });

  test('an equivalent form is found and named: 电商 also matches 电子商务', async ({ page }) => {
    expect(await totalOf(page, '电商')).toBeGreaterThan(await totalOf(page, '"电商"'));
    await page.goto('/search?' + new URLSearchParams({ q: '综试区' }));
    await expect(page.locator('[data-also-matched]').first()).toContainText('也匹配：');
  });
});
