import { expect, type Page, test } from '@playwright/test';
import { phone } from './helpers/reader';

/**
 * A thumb's drag: touch events through the DevTools protocol, which Chromium turns into a scroll of
 * whatever the browser decides the gesture scrolls (the table sideways, the page vertically).
 */
async function swipe(page: Page, x: number, y: number, dx: number, dy: number): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const at = (t: number) => [{ x: Math.round(x + dx * t), y: Math.round(y + dy * t) }];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0) });
  for (let i = 1; i <= 12; i++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(i / 12) });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

/** The right-edge fade's opacity (the frame's ::after). */
function fadeOpacity(page: Page, tableId: string): Promise<number> {
  return page.locator(`#${tableId} .table-frame`).evaluate((el) => Number(getComputedStyle(el, '::after').opacity));
}

test.describe('phone', () => {
  test.use(phone);

  test('table 1-1 scrolls sideways with its first column in place, and a vertical swipe over it scrolls the page', async ({ page }) => {
    await page.goto('/chapters/1#tbl-1-1');
    const scroller = page.locator('#tbl-1-1 .table-scroll');
    const size = await scroller.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    expect(size.scroll).toBeGreaterThan(size.client);
    // More to the right: the fade shows; the numeric columns are right-aligned.
    expect(await fadeOpacity(page, 'tbl-1-1')).toBeGreaterThan(0.5);
    await expect(page.locator('#tbl-1-1 tbody tr').first().locator('td').nth(1)).toHaveCSS('text-align', 'right');

    const box = (await scroller.boundingBox())!;
    const firstCell = page.locator('#tbl-1-1 tbody tr').first().locator('td').first();
    await swipe(page, box.x + box.width * 0.8, box.y + 60, -250, 0);
    await expect.poll(() => scroller.evaluate((el) => el.scrollLeft)).toBeGreaterThan(40);
    expect(await page.evaluate(() => window.scrollX)).toBe(0);
    const cell = (await firstCell.boundingBox())!;
    expect(Math.abs(cell.x - box.x)).toBeLessThanOrEqual(2);
    await expect(firstCell).toBeInViewport();

    const before = await page.evaluate(() => window.scrollY);
    await swipe(page, box.x + box.width / 2, box.y + Math.min(box.height, 600) / 2 + 100, 0, -300);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(before + 100);

    // Scrolled to the end: nothing more to the right, so the fade is gone.
    await scroller.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
    await expect.poll(() => fadeOpacity(page, 'tbl-1-1')).toBeLessThan(0.05);
  });

  test('appendix A reads as cards in the page’s own scroll, with no inner scroll box', async ({ page }) => {
    await page.goto('/chapters/appendix-a');
    const scroller = page.locator('#tbl-a-1 .table-scroll');
    const size = await scroller.evaluate((el) => ({
      scroll: el.scrollWidth,
      client: el.clientWidth,
      overflow: getComputedStyle(el).overflowY,
    }));
    expect(size.overflow).toBe('visible');
    expect(size.scroll).toBeLessThanOrEqual(size.client);
    const firstName = page.locator('#tbl-a-1 tbody tr').first().locator('td').nth(3);
    await expect(firstName).toHaveAttribute('data-label', '名称');
    expect(await firstName.evaluate((el) => getComputedStyle(el, '::before').content)).toBe('"名称"');

    const box = (await scroller.boundingBox())!;
    const before = await page.evaluate(() => window.scrollY);
    await swipe(page, box.x + box.width / 2, 600, 0, -400);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(before + 150);
  });
});

test('on a wide screen appendix A’s header row stays under the site header while the page scrolls', async ({ page }) => {
  await page.goto('/chapters/appendix-a');
  const header = page.locator('#tbl-a-1 thead th').first();
  await page.locator('#tbl-a-1 tbody tr').nth(60).scrollIntoViewIfNeeded();
  const siteHeader = (await page.locator('.site-header').boundingBox())!;
  const th = (await header.boundingBox())!;
  expect(Math.abs(th.y - (siteHeader.y + siteHeader.height))).toBeLessThanOrEqual(2);
  await expect(header).toBeInViewport();
});
