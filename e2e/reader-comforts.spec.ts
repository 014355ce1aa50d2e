import { expect, test, type Page } from '@playwright/test';
import { phone, waitForHydration } from './helpers/reader';

const progress = (page: Page) => page.getByRole('progressbar', { name: '本章阅读进度' });

function comforts() {
  test('the progress bar follows the reading, and 回到顶部 appears far down and goes back up', async ({ page }) => {
    await page.goto('/chapters/7');
    await waitForHydration(page);
    await expect(progress(page)).toHaveAttribute('aria-valuenow', '0');
    await expect(page.locator('[data-back-to-top]')).toHaveCount(0);
    await page.evaluate(() => window.scrollTo(0, (document.documentElement.scrollHeight - window.innerHeight) / 2));
    await expect.poll(async () => Number(await progress(page).getAttribute('aria-valuenow'))).toBeGreaterThanOrEqual(45);
    expect(Number(await progress(page).getAttribute('aria-valuenow'))).toBeLessThanOrEqual(55);
    const back = page.locator('[data-back-to-top]');
    await expect(back).toBeVisible();
    const box = (await back.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(page.viewportSize()!.width);
    expect(box.height).toBeGreaterThanOrEqual(24);
    await back.click();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
    await expect(progress(page)).toHaveAttribute('aria-valuenow', '0');
  });
}

test.describe('desktop', comforts);
test.describe('phone', () => {
  test.use({ ...phone, viewport: { width: 390, height: 844 } });
  comforts();
});
