import { expect, test } from '@playwright/test';
import { phone, waitForHydration } from './helpers/reader';

test.use(phone);

test('on a phone the TOC is a collapsible "目录" that shows the current section', async ({ page }) => {
  await page.goto('/chapters/1');
  await waitForHydration(page);
  await expect(page.locator('.toc-sidebar')).toBeHidden();
  const summary = page.locator('.toc-mobile summary');
  await expect(summary).toContainText('目录');
  await expect(summary).toContainText('1.1 发展现状');
  const toc = page.getByRole('navigation', { name: '报告目录（展开）' });
  await expect(toc).toBeHidden();
  await summary.tap();
  await expect(toc).toBeVisible();
  await toc.getByRole('link', { name: '1.3 发展趋势' }).tap();
  await expect(page).toHaveURL(/#sec-1-3$/);
  await expect(toc).toBeHidden();
  await expect(summary).toContainText('1.3 发展趋势');
  const headingTop = await page.locator('#sec-1-3').evaluate((el) => el.getBoundingClientRect().top);
  const barBottom = await page.locator('.toc-mobile').evaluate((el) => el.getBoundingClientRect().bottom);
  expect(headingTop).toBeGreaterThanOrEqual(barBottom - 1);
  expect(headingTop).toBeLessThan(barBottom + 80);
  const noHorizontalScroll = await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
  expect(noHorizontalScroll).toBe(true);
});

test('on a phone tapping a footnote reference opens a bottom sheet; Esc or a tap outside closes it', async ({ page }) => {
  await page.goto('/chapters/1');
  await waitForHydration(page);
  await page.locator('#fnref-1').tap();
  const sheet = page.getByRole('dialog', { name: '注释 1' });
  await expect(sheet).toBeVisible();
  await expect(sheet).toContainText('国民经济和社会发展统计公报');
  expect(new URL(page.url()).hash).toBe('');
  const box = await sheet.boundingBox();
  const viewport = page.viewportSize()!;
  expect(Math.round(box!.y + box!.height)).toBeGreaterThanOrEqual(viewport.height - 2);
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();

  await page.locator('#fnref-2').tap();
  await expect(page.getByRole('dialog', { name: '注释 2' })).toBeVisible();
  await page.mouse.click(20, 100);
  await expect(page.getByRole('dialog', { name: '注释 2' })).toBeHidden();
});

// Appendix A reflows into one card per law on a phone (app/styles/data.css; e2e/data-tables.spec.ts has
// the touch journeys): neither the table nor the page scrolls sideways.
test('on a phone the wide table fits the screen without widening the page', async ({ page }) => {
  await page.goto('/chapters/appendix-a');
  const region = page.getByRole('region', { name: /电子商务法律法规政策汇编/ });
  await expect(region).toBeVisible();
  const { scrolls, pageFits } = await region.evaluate((el) => ({
    scrolls: el.scrollWidth > el.clientWidth,
    pageFits: document.documentElement.scrollWidth <= window.innerWidth,
  }));
  expect(scrolls).toBe(false);
  expect(pageFits).toBe(true);
  await expect(page.locator('#tbl-a-1 tbody tr')).toHaveCount(119);
});
