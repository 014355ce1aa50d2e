import { expect, test, type Page } from '@playwright/test';
import { phone, waitForHydration } from './helpers/reader';

const DARK_BG = 'rgb(21, 21, 21)';
const LIGHT_BG = 'rgb(253, 252, 250)';
const bodyBg = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
const reportFontPx = (page: Page) => page.locator('#chapter').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));

async function openSettings(page: Page) {
  await page.locator('[data-display-settings] > summary').click();
  return page.locator('.display-settings-panel');
}

test('the theme is light, dark or the system’s; a choice persists across pages and reloads', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  await waitForHydration(page);
  const panel = await openSettings(page);
  await expect(panel.getByRole('radio', { name: '跟随系统' })).toBeChecked();
  await panel.getByRole('radio', { name: '深色' }).check();
  await expect(page.locator('html')).toHaveClass(/\bdark\b/);
  await page.goto('/chapters/2');
  expect(await bodyBg(page)).toBe(DARK_BG);
  await page.reload();
  expect(await bodyBg(page)).toBe(DARK_BG);
  await waitForHydration(page);
  await expect((await openSettings(page)).getByRole('radio', { name: '深色' })).toBeChecked();
});

test('following the system follows it live, also after a dark choice is taken back', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/chapters/1');
  await waitForHydration(page);
  const panel = await openSettings(page);
  await panel.getByRole('radio', { name: '深色' }).check();
  await panel.getByRole('radio', { name: '跟随系统' }).check();
  expect(await bodyBg(page)).toBe(LIGHT_BG);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(() => bodyBg(page)).toBe(DARK_BG);
  await page.emulateMedia({ colorScheme: 'light' });
  await expect.poll(() => bodyBg(page)).toBe(LIGHT_BG);
  // Nothing stored: a reload still follows the system.
  expect(await page.evaluate(() => localStorage.getItem('report-theme'))).toBeNull();
});

test('text size has three steps, is remembered, and is applied before any script of the app runs', async ({ page }) => {
  await page.goto('/chapters/1');
  await waitForHydration(page);
  const medium = await reportFontPx(page);
  const panel = await openSettings(page);
  await expect(panel.getByRole('radio', { name: '中' })).toBeChecked();
  await panel.getByRole('radio', { name: '小' }).check();
  const small = await reportFontPx(page);
  await panel.getByRole('radio', { name: '大' }).check();
  const large = await reportFontPx(page);
  expect(small).toBeLessThan(medium);
  expect(large).toBeGreaterThan(medium);
  // No flash: with the app's scripts blocked, only the inline head script can have set the size.
  await page.route('**/_next/static/chunks/*.js', (route) => route.abort());
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-text-size', 'large');
  expect(await reportFontPx(page)).toBe(large);
});

test.describe('phone', () => {
  test.use(phone);

  test('the 显示 menu opens inside the screen, its choices are 24 px targets, and a tap outside closes it', async ({ page }) => {
    await page.goto('/chapters/1');
    await waitForHydration(page);
    await page.locator('[data-display-settings] > summary').tap();
    const panel = page.locator('.display-settings-panel');
    await expect(panel).toBeVisible();
    const box = (await panel.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    const heights = await panel.locator('label').evaluateAll((ls) => ls.map((l) => l.getBoundingClientRect().height));
    expect(heights).toHaveLength(6);
    expect(Math.min(...heights)).toBeGreaterThanOrEqual(24);
    await panel.getByText('大', { exact: true }).tap();
    await expect(page.locator('html')).toHaveAttribute('data-text-size', 'large');
    await page.mouse.click(200, 700);
    await expect(panel).toBeHidden();
  });
});
