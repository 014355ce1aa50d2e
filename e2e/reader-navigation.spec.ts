import { expect, test } from '@playwright/test';
import { isBelowHeaderInViewport, waitForHydration } from './helpers/reader';

test('a reader goes from the home page to chapter 1, through its TOC, then to the next and previous chapter', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle('中国电子商务报告2022');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('中国电子商务报告2022');
  await expect(page.getByText('中华人民共和国商务部').first()).toBeVisible();
  const list = page.locator('#chapters + ol > li');
  await expect(list).toHaveCount(13);
  await expect(list.nth(1)).toContainText('节');
  await expect(list.nth(1)).toContainText('分钟');

  await page.getByRole('link', { name: /第1章 2022年中国电子商务发展总报告/ }).click();
  await expect(page).toHaveURL(/\/chapters\/1$/);
  await expect(page).toHaveTitle('第1章 2022年中国电子商务发展总报告 · 中国电子商务报告2022');
  await waitForHydration(page);

  const toc = page.getByRole('navigation', { name: '报告目录' });
  await toc.getByRole('link', { name: '1.2 发展特点' }).click();
  await expect(page).toHaveURL(/#sec-1-2$/);
  expect(await isBelowHeaderInViewport(page, '#sec-1-2')).toBe(true);
  await expect(toc.locator('a[aria-current="location"]')).toHaveText('1.2 发展特点');

  await page.getByRole('link', { name: /下一章.*第2章/ }).click();
  await expect(page).toHaveURL(/\/chapters\/2$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('第2章 电子商务服务业发展报告');
  await expect(page.getByRole('link', { name: /上一章.*第1章/ })).toBeVisible();

  await waitForHydration(page);
  await page.keyboard.press('[');
  await expect(page).toHaveURL(/\/chapters\/1$/);
  await waitForHydration(page);
  await page.keyboard.press(']');
  await expect(page).toHaveURL(/\/chapters\/2$/);
});

test('the keys do nothing while the reader is typing in the search box', async ({ page }) => {
  await page.goto('/chapters/3');
  await waitForHydration(page);
  await page.locator('#site-search').fill('跨境');
  await page.locator('#site-search').press(']');
  await expect(page).toHaveURL(/\/chapters\/3$/);
});

test('the preface has no previous chapter and appendix C no next one', async ({ page }) => {
  await page.goto('/chapters/preface');
  await expect(page.locator('.chapter-pager a[rel="prev"]')).toHaveCount(0);
  await expect(page.locator('.chapter-pager a[rel="next"]')).toHaveAttribute('href', '/chapters/1');
  await page.goto('/chapters/appendix-c');
  await expect(page.locator('.chapter-pager a[rel="next"]')).toHaveCount(0);
});
