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

  test('the report TOC in chapter 5 with its boxes, the 显示 menu, large text, a number tooltip and the collapsed bars', async ({
    page,
  }) => {
    await page.goto('/chapters/5');
    await page.locator('[data-display-settings][data-ready]').waitFor();
    await page.locator('.toc-mobile summary').tap();
    await page.locator('.toc-mobile .toc-box a').first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${dir}/phone-report-toc.png` });
    await page.locator('.toc-mobile summary').tap();
    await page.locator('[data-display-settings] > summary').tap();
    await page.locator('.display-settings-panel').getByText('大', { exact: true }).tap();
    await page.screenshot({ path: `${dir}/phone-display-settings.png` });
    await page.mouse.click(200, 700);
    await page.goto('/chapters/1');
    await page.locator('[data-display-settings][data-ready]').waitFor();
    const mark = page.locator('#chapter abbr.num-mark[title]').nth(3);
    await mark.evaluate((el) => window.scrollBy(0, el.getBoundingClientRect().top - 160));
    await mark.tap();
    await expect(page.getByRole('tooltip')).toBeVisible();
    await page.screenshot({ path: `${dir}/phone-number-tooltip.png` });
    for (let i = 0; i < 4; i++) await page.mouse.wheel(0, 400);
    await expect.poll(() => page.locator('.site-header').evaluate((el) => el.getBoundingClientRect().bottom)).toBeLessThanOrEqual(1);
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${dir}/phone-bars-collapsed.png` });
  });
});

test('desktop: the report sidebar on chapter 5, scrolled to a box', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto('/chapters/5#box-5-1');
  await page.locator('[data-display-settings][data-ready]').waitFor();
  await page.waitForTimeout(2600); // let the target highlight fade
  await page.screenshot({ path: `${dir}/desktop-report-sidebar.png` });
});
