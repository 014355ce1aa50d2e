import { expect, test } from '@playwright/test';
import { describeOnEach, phone } from './helpers/reader';
import { readOutline } from './helpers/outline';

const parts = readOutline().parts;
const allFigures = parts.reduce((n, p) => n + p.figures.length, 0);
const chapter4 = parts.find((p) => p.slug === '4')!.figures.length;

describeOnEach(
  [
    ['desktop without JavaScript', { javaScriptEnabled: false }],
    ['phone', phone],
  ],
  (name) => {
    test('/figures shows every figure card and filters them by chapter with links', async ({ page }) => {
      await page.goto('/figures');
      const cards = page.locator('.figure-grid > li > figure.report-figure');
      await expect(cards).toHaveCount(allFigures);
      const filter = page.getByRole('navigation', { name: '按章筛选图' });
      const ch4 = filter.getByRole('link', { name: /^第4章/ });
      await (name === 'phone' ? ch4.tap() : ch4.click());
      await expect(page).toHaveURL(/\/figures\/4$/);
      await expect(cards).toHaveCount(chapter4);
      for (const id of await cards.evaluateAll((els) => els.map((e) => e.id))) expect(id).toMatch(/^fig-4-\d+$/);
      await expect(filter.getByRole('link', { name: /^第4章/ })).toHaveAttribute('aria-current', 'page');
      // The chart and the citing sentences come with the card; their links lead into the chapter.
      const card = page.locator('#fig-4-4');
      await expect(card.locator('#chart-fig-4-4 rect.chart-bar')).toHaveCount(8);
      await expect(card.locator('a.figure-citation').first()).toHaveAttribute('href', /^\/chapters\/4#sec-4-\S+-p\d+$/);

      const all = filter.getByRole('link', { name: /^全部/ });
      await (name === 'phone' ? all.tap() : all.click());
      await expect(page).toHaveURL(/\/figures$/);
      await expect(cards).toHaveCount(allFigures);
    });
  },
);

test('a chapter without figures has no /figures page', async ({ page }) => {
  const response = await page.goto('/figures/5');
  expect(response?.status()).toBe(404);
});
