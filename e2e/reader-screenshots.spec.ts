import { expect, test } from '@playwright/test';
import { phone } from './helpers/reader';

/**
 * Not a test (playwright.config.ts ignores it unless SCREENSHOTS is set): `npm run screenshots` writes
 * these pictures for a person to look at (test-results/screenshots) and refreshes README's image.
 */
const dir = 'test-results/screenshots';

test('home and chapter 1, light and dark', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.screenshot({ path: `${dir}/home.png`, fullPage: true });
  await page.goto('/chapters/1');
  await page.locator('[data-display-settings][data-ready]').waitFor();
  await page.screenshot({ path: `${dir}/chapter-1-light.png` });
  await page.screenshot({ path: 'e2e/screenshots/readme-chapter-1.png' });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/chapters/1#sec-1-1-2');
  await page.locator('[data-display-settings][data-ready]').waitFor();
  await page.waitForTimeout(2600); // let the target highlight fade
  await page.screenshot({ path: `${dir}/chapter-1-dark.png` });
});

test.describe('phone', () => {
  test.use(phone);
  test('chapter 1 with the TOC open and a footnote sheet', async ({ page }) => {
    await page.goto('/chapters/1');
    await page.locator('[data-display-settings][data-ready]').waitFor();
    await page.screenshot({ path: `${dir}/phone-chapter-1.png` });
    await page.locator('.toc-mobile summary').tap();
    await page.screenshot({ path: `${dir}/phone-toc.png` });
    await page.locator('.toc-mobile summary').tap();
    await page.locator('#fnref-1').tap();
    await expect(page.getByRole('dialog', { name: '注释 1' })).toBeVisible();
    await page.screenshot({ path: `${dir}/phone-footnote-sheet.png` });
  });
});
