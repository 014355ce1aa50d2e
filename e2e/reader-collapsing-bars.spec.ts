import { expect, test, type Page } from '@playwright/test';
import { phone, waitForHydration } from './helpers/reader';

test.use(phone);

const rect = (page: Page, selector: string) => page.locator(selector).evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect);

test('on a phone the header gives way while the reader scrolls down and comes back on the way up', async ({ page }) => {
  await page.goto('/chapters/7');
  await waitForHydration(page);
  expect((await rect(page, '.site-header')).top).toBe(0);
  const barTop = (await rect(page, '.toc-mobile')).top;
  expect(barTop).toBeGreaterThan(40);
  for (let i = 0; i < 6; i++) await page.mouse.wheel(0, 400);
  await expect.poll(async () => (await rect(page, '.site-header')).bottom).toBeLessThanOrEqual(1);
  // The TOC bar takes the header's place: the text gets the header's height back.
  await expect.poll(async () => (await rect(page, '.toc-mobile')).top).toBeLessThanOrEqual(1);
  await page.mouse.wheel(0, -120);
  await expect.poll(async () => (await rect(page, '.site-header')).top).toBe(0);
  await expect.poll(async () => (await rect(page, '.toc-mobile')).top).toBe(barTop);
});

test('a jump is not the reader’s scroll: following a TOC entry leaves the header in place', async ({ page }) => {
  await page.goto('/chapters/7');
  await waitForHydration(page);
  await page.locator('.toc-mobile summary').tap();
  const last = page.locator('.toc-mobile a[data-toc^="sec-"]').last();
  const id = await last.getAttribute('data-toc');
  await last.tap();
  await expect(page).toHaveURL(new RegExp(`#${id}$`));
  await page.waitForTimeout(300);
  expect((await rect(page, '.site-header')).top).toBe(0);
  const heading = await rect(page, `#${id}`);
  const bar = await rect(page, '.toc-mobile');
  expect(heading.top).toBeGreaterThanOrEqual(bar.bottom - 1);
});
