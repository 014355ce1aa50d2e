import { expect, test } from '@playwright/test';
import { readOutline } from './helpers/outline';

test('pages carry titles, descriptions, Open Graph and lang="zh-CN"', async ({ page }) => {
  await page.goto('/chapters/1');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page).toHaveTitle('第1章 2022年中国电子商务发展总报告 · 中国电子商务报告2022');
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /第1章/);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /第1章/);
  await page.goto('/figures');
  await expect(page).toHaveTitle('图表索引 · 中国电子商务报告2022');
  await expect(page.getByRole('heading', { name: '图（51）' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '专栏（4）' })).toBeVisible();
  await page.getByRole('link', { name: /图4-2/ }).click();
  await expect(page).toHaveURL(/\/chapters\/4#fig-4-2$/);
});

test('sitemap.xml lists every part, the figure pages and /data, and robots.txt points at it', async ({ request }) => {
  const sitemap = await (await request.get('/sitemap.xml')).text();
  for (const slug of ['preface', '1', '9', 'appendix-a', 'appendix-c']) expect(sitemap).toContain(`/chapters/${slug}</loc>`);
  for (const path of ['/figures', '/figures/1', '/figures/4', '/data']) expect(sitemap).toContain(`${path}</loc>`);
  // Every listed figure page exists (no 404 in the sitemap).
  for (const loc of sitemap.match(/\/figures\/[^<]+(?=<\/loc>)/g) ?? []) expect((await request.get(loc)).status(), loc).toBe(200);
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toMatch(/Sitemap: .*\/sitemap\.xml/);
});

test('with JavaScript off the chapter is all there: text, TOC, footnotes, figures; JS-only buttons are hidden', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/chapters/1');
  await expect(page.locator('#sec-1-1-1')).toBeVisible();
  await expect(page.locator('#fig-1-1 figcaption')).toContainText('2011-2022年全国电子商务交易额');
  await expect(page.locator('#fn-1')).toContainText('统计公报');
  await expect(page.getByRole('button', { name: /在本章中查找/ })).toHaveCount(0);
  await expect(page.locator('.cite-button').first()).toBeHidden();
  // Controls that need scripts are not offered: the theme follows the system.
  await expect(page.locator('[data-display-settings]')).toBeHidden();
  await page.locator('#fnref-1').click();
  await expect(page).toHaveURL(/#fn-1$/);
  await context.close();
});

test('an unproven number is marked and names the raw digits; a settled one is plain text', async ({ page }) => {
  const ch1 = readOutline().parts.find((p) => p.slug === '1')!;
  const unproven = ch1.numbers.find((n) => n.status === 'inferred' || n.status === 'unsettled');
  const settled = ch1.numbers.find((n) => n.status === 'settled' || n.status === 'confirmed');
  expect(unproven && settled, 'chapter 1 has both kinds of numbers').toBeTruthy();
  await page.goto('/chapters/1');
  const mark = page.locator(`#${unproven!.id}`);
  const fullWidth = unproven!.raw.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)).replace(/-/g, '－');
  const notice = unproven!.status === 'inferred' ? '小数点位置系推断' : '小数点位置未定';
  await expect(mark).toHaveAttribute('title', new RegExp(`^${notice}，原文数字为 ${fullWidth}(\n依据：.+)?$`));
  await expect(mark).toHaveText(unproven!.reading);
  expect(await mark.evaluate((el) => getComputedStyle(el).textDecorationLine)).toContain('underline');
  const plain = page.locator(`#${settled!.id}`);
  await expect(plain).toHaveText(settled!.reading);
  expect(await plain.evaluate((el) => [el.tagName, getComputedStyle(el).textDecorationLine])).toEqual(['SPAN', 'none']);
});

test('print shows the text and its notes, without navigation or controls', async ({ page }) => {
  await page.goto('/chapters/1');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.toc-sidebar')).toBeHidden();
  await expect(page.locator('.chapter-pager')).toBeHidden();
  await expect(page.locator('.para-tools').first()).toBeHidden();
  await expect(page.locator('#fn-1')).toBeVisible();
  const after = await page
    .locator('#chapter .num-mark')
    .first()
    .evaluate((el) => getComputedStyle(el, '::after').content);
  expect(after).toMatch(/原文 [０-９]+/);
});
