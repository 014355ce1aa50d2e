import { expect, test } from '@playwright/test';
import { phone, waitForHydration } from './helpers/reader';
import { readOutline } from './helpers/outline';

test("Tab goes through a note preview's links and then on to what follows the reference", async ({ page }) => {
  await page.goto('/chapters/1');
  await waitForHydration(page);
  const withLink = await page.evaluate(() => {
    const li = Array.from(document.querySelectorAll('.footnotes li')).find((l) => l.querySelector('a[href^="http"]'));
    return li?.id ?? null;
  });
  expect(withLink).toBeTruthy();
  const ref = page.locator(`a[data-footnote-ref][href="#${withLink}"]`).first();
  // What Tab would reach after the reference if there were no preview: the next link or control in the text.
  const nextId = await ref.evaluate((el) => {
    const all = Array.from(document.querySelectorAll<HTMLElement>('#chapter a[href], #chapter button, #chapter [tabindex="0"]'));
    const next = all.find((n) => el.compareDocumentPosition(n) & Node.DOCUMENT_POSITION_FOLLOWING && n.getClientRects().length > 0);
    next?.setAttribute('data-test-next', '');
    return !!next;
  });
  expect(nextId).toBe(true);
  await ref.focus();
  const popover = page.locator('[data-fn-popover]');
  await expect(popover).toBeVisible();
  const links = await popover.locator('a[href]').count();
  await page.keyboard.press('Tab');
  await expect(popover.locator('a[href]').first()).toBeFocused();
  // Shift+Tab from the preview's first link returns to the reference, with the preview still open.
  await page.keyboard.press('Shift+Tab');
  await expect(ref).toBeFocused();
  await page.waitForTimeout(400);
  await expect(popover).toBeVisible();
  for (let i = 0; i < links; i++) await page.keyboard.press('Tab');
  await expect(popover.locator('a[href]').last()).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.locator('[data-test-next]')).toBeFocused();
  await expect(popover).toBeHidden();
});

test.describe('phone', () => {
  test.use({ ...phone, viewport: { width: 390, height: 844 } });

  test('the header menu lists every part, 图表索引, 关于本版 and search, inside the screen; a tap outside closes it', async ({ page }) => {
    await page.goto('/chapters/7');
    await waitForHydration(page);
    const menuButton = page.locator('.site-menu > summary');
    await expect(menuButton).toBeVisible();
    await menuButton.tap();
    const menu = page.getByRole('navigation', { name: '站点菜单' });
    await expect(menu).toBeVisible();
    const parts = readOutline().parts;
    await expect(menu.locator('a[data-menu-part]')).toHaveCount(parts.length);
    await expect(menu.locator('a[aria-current="page"]')).toHaveText(/^第7章/);
    for (const name of ['全文搜索', '图表索引', '关于本版']) await expect(menu.getByRole('link', { name })).toBeVisible();
    const box = (await menu.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    expect(box.y + box.height).toBeLessThanOrEqual(844);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.mouse.click(20, 600);
    await expect(menu).toBeHidden();
    await menuButton.tap();
    await menu.getByRole('link', { name: parts[2].heading }).tap();
    await expect(page).toHaveURL(new RegExp(`/chapters/${parts[2].slug}$`));
    await expect(menu).toBeHidden();
  });

  test('footnote references are at least 24×24 px to a finger', async ({ page }) => {
    await page.goto('/chapters/7');
    await waitForHydration(page);
    const sizes = await page.locator('#chapter a[data-footnote-ref]').evaluateAll((refs) =>
      refs.map((r) => {
        const b = r.getBoundingClientRect();
        return Math.min(b.width, b.height);
      }),
    );
    expect(sizes.length).toBeGreaterThan(50);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(24);
  });

  test('the TOC bar stays one line on a long title, and a tap outside closes the open TOC', async ({ page }) => {
    await page.goto('/chapters/9#tbl-9-1');
    await waitForHydration(page);
    const summary = page.locator('.toc-mobile summary');
    const lineHeight = await summary.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight) || 24);
    const { height, title } = await summary.evaluate((el) => ({ height: el.getBoundingClientRect().height, title: el.textContent ?? '' }));
    expect(title.length).toBeGreaterThan(10);
    expect(height).toBeLessThan(lineHeight * 2);
    const target = await page.locator('#tbl-9-1').evaluate((el) => el.getBoundingClientRect().top);
    const barBottom = await page.locator('.toc-mobile').evaluate((el) => el.getBoundingClientRect().bottom);
    expect(target).toBeGreaterThanOrEqual(barBottom - 1);
    await summary.tap();
    const toc = page.getByRole('navigation', { name: '报告目录（展开）' });
    await expect(toc).toBeVisible();
    await page.mouse.click(200, 830);
    await expect(toc).toBeHidden();
  });
});
