import { expect, test } from '@playwright/test';

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('table 1-1’s chart is server-rendered SVG that says what it draws, with its inferred bars hatched', async ({ page }) => {
    await page.goto('/chapters/1');
    const chart = page.locator('#chart-tbl-1-1');
    await expect(chart).toBeVisible();
    await expect(chart).toContainText('据表1-1绘制');
    const bars = chart.locator('rect.chart-bar');
    await expect(bars).toHaveCount(38);
    await expect(chart.locator('rect.chart-bar-inferred')).toHaveCount(17);
    // The bars are drawn (have width), and the growth panel's text alternative names every category.
    expect((await bars.first().boundingBox())!.width).toBeGreaterThan(50);
    await expect(chart.locator('svg[role="img"]')).toHaveCount(2);
    await expect(chart.locator('desc').nth(1)).toContainText('家具 -2.50%（推断）');
  });

  test('figure 1-4’s chart has its data one click away and links the sentence its numbers come from', async ({ page }) => {
    await page.goto('/chapters/1');
    const chart = page.locator('#chart-fig-1-4');
    const data = chart.locator('details.chart-data');
    await expect(data.locator('table')).toBeHidden();
    await data.locator('summary').click();
    await expect(data.locator('table')).toBeVisible();
    await expect(data.locator('tbody tr').first()).toContainText('83.92');
    const source = chart.getByRole('link', { name: '见所据段落' });
    const href = (await source.getAttribute('href'))!;
    await expect(page.locator(href)).toContainText('83.92%、8.87%、5.73%和1.48%');
  });
});

test('charts print: visible in print media, with their data tables shown', async ({ page }) => {
  await page.goto('/chapters/1');
  await page.emulateMedia({ media: 'print' });
  const chart = page.locator('#chart-fig-1-4');
  await expect(chart).toBeVisible();
  await expect(chart.locator('rect.chart-bar')).toHaveCount(8);
  await expect(chart.locator('details.chart-data table')).toBeVisible();
  // Print hides the reader's controls (.ui) but not the chart, which is .ui only so that find and copy skip it.
  const downloads = page.locator('#tbl-1-1 .table-downloads');
  await expect(downloads).toHaveCount(1);
  await expect(downloads).toBeHidden();
  await expect(page.locator('#chart-tbl-1-1')).toBeVisible();
});

test('in dark mode a chart’s bars and labels take the theme’s colours', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/chapters/8');
  const chart = page.locator('#chart-tbl-8-1');
  const label = await chart
    .locator('text.chart-label')
    .first()
    .evaluate((el) => getComputedStyle(el).fill);
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(label).not.toBe(bg);
  // Light text on a dark page: the label is brighter than mid-grey.
  const [r, g, b] = label.match(/\d+/g)!.map(Number);
  expect((r + g + b) / 3).toBeGreaterThan(160);
});
