import { expect, test } from '@playwright/test';

test('an unknown chapter is a 404 page that leads back to the contents', async ({ page }) => {
  const response = await page.goto('/chapters/10');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('页面不存在');
  await expect(page).toHaveTitle(/^页面不存在/);
  await page.getByRole('link', { name: '返回目录' }).click();
  await expect(page).toHaveURL(/\/$/);
});

test('an unknown path is a 404 too', async ({ page }) => {
  const response = await page.goto('/no-such-page');
  expect(response?.status()).toBe(404);
});

test('/about calls inferred numbers dotted, as the legend does, and says how to report a wrong one', async ({ page }) => {
  await page.goto('/about');
  const text = await page.locator('main').innerText();
  expect(text).toContain('点线下划线');
  expect(text).not.toContain('虚线下划线');
  expect(text).not.toContain('content/');
  await expect(page.locator('#report-a-number')).toContainText('发现数字读错了');
});
