import { expect, test, type Page } from '@playwright/test';
import { isBelowHeaderInViewport, phone, waitForHydration } from './helpers/reader';

/** Whether `inner` lies entirely inside the visible box of `outer` (both selectors). */
async function isInside(page: Page, outer: string, inner: string): Promise<boolean> {
  return page.evaluate(
    ([o, i]) => {
      const a = document.querySelector(o)!.getBoundingClientRect();
      const b = document.querySelector(i)!.getBoundingClientRect();
      return b.height > 0 && b.top >= a.top - 1 && b.bottom <= a.bottom + 1;
    },
    [outer, inner] as const,
  );
}

test.describe('desktop', () => {
  test('the sidebar lists all 13 parts with the one being read open on its sections', async ({ page }) => {
    await page.goto('/chapters/7');
    const nav = page.getByRole('navigation', { name: '报告目录' });
    await expect(nav.locator('.report-part')).toHaveCount(13);
    const current = nav.locator('.report-part-current');
    await expect(current).toHaveCount(1);
    await expect(current.locator('> a')).toHaveAttribute('aria-current', 'page');
    await expect(current.locator('> a')).toContainText('第7章');
    await expect(current.getByRole('link', { name: /^7\.1 / })).toBeVisible();
    // Only the current part is open: no other part lists sections.
    await expect(nav.locator('.report-part:not(.report-part-current) .toc-list')).toHaveCount(0);

    await nav.getByRole('link', { name: /^第8章/ }).click();
    await expect(page).toHaveURL(/\/chapters\/8$/);
    await expect(nav.locator('.report-part-current > a')).toContainText('第8章');
    await expect(nav.getByRole('link', { name: /^8\.1 / })).toBeVisible();
  });

  test('the preface and appendix A have the sidebar too; appendix A’s table of laws widens beside it, not under it', async ({ page }) => {
    for (const slug of ['preface', 'appendix-a']) {
      await page.goto(`/chapters/${slug}`);
      const nav = page.getByRole('navigation', { name: '报告目录' });
      await expect(nav, slug).toBeVisible();
      await expect(nav.locator('.report-part'), slug).toHaveCount(13);
      await expect(nav.locator('.report-part-current > a'), slug).toHaveAttribute('href', `/chapters/${slug}`);
    }
    const sidebar = (await page.locator('.toc-sidebar').boundingBox())!;
    const table = (await page.locator('#tbl-a-1').boundingBox())!;
    expect(table.x).toBeGreaterThanOrEqual(sidebar.x + sidebar.width);
    // Wider than the ~40-character text column (42rem) that the other parts keep.
    expect(table.width).toBeGreaterThan(50 * 16);
  });

  test('the entry of the section being read stays in view inside the sidebar, deep into a long chapter', async ({ page }) => {
    await page.goto('/chapters/7');
    await waitForHydration(page);
    const sidebar = '.toc-sidebar';
    const lastId = await page.locator(`${sidebar} a[data-toc^="sec-"]`).last().getAttribute('data-toc');
    // The chapter's last section is far below the sidebar's first screen (13 parts, then 7's sections).
    expect(await isInside(page, sidebar, `${sidebar} a[data-toc="${lastId}"]`)).toBe(false);
    await page.locator(`#${lastId}`).evaluate((el) => el.scrollIntoView());
    const entry = `${sidebar} a[data-toc="${lastId}"][aria-current="location"]`;
    await page.locator(entry).waitFor();
    await expect.poll(() => isInside(page, sidebar, entry)).toBe(true);
    // The sidebar scrolled, not the page back to the top.
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(2000);
  });

  test('the four boxes of chapter 5 are in the TOC, and following one lands on the box', async ({ page }) => {
    await page.goto('/chapters/5');
    await waitForHydration(page);
    const nav = page.getByRole('navigation', { name: '报告目录' });
    const boxes = nav.locator('.toc-box a');
    await expect(boxes).toHaveCount(4);
    await expect(boxes.first()).toHaveText('专栏5-1 第四届双品网购节暨非洲好物网购节');
    await expect(boxes.first()).toHaveAttribute('href', '#box-5-1');
    // Each box entry follows the entry of the section it stands in.
    const order = await nav.locator('a[data-toc]').evaluateAll((as) => as.map((a) => (a as HTMLElement).dataset.toc));
    expect(order.indexOf('box-5-1')).toBe(order.indexOf('sec-5-1-3') + 1);
    await boxes.nth(2).click();
    await expect(page).toHaveURL(/#box-5-3$/);
    expect(await isBelowHeaderInViewport(page, '#box-5-3')).toBe(true);
    await expect(nav.locator('a[aria-current="location"]')).toHaveText(/^专栏5-3/);
  });
});

test.describe('phone', () => {
  test.use(phone);

  test('the preface has the TOC bar too, naming the part, and its panel lists the whole report', async ({ page }) => {
    await page.goto('/chapters/preface');
    await waitForHydration(page);
    await expect(page.locator('.toc-mobile summary')).toContainText('前言');
    await page.locator('.toc-mobile summary').tap();
    const panel = page.getByRole('navigation', { name: '报告目录（展开）' });
    await expect(panel.locator('.report-part')).toHaveCount(13);
    await panel.getByRole('link', { name: /^第1章/ }).tap();
    await expect(page).toHaveURL(/\/chapters\/1$/);
  });

  test('the TOC panel lists the whole report, opens on the section being read and leads to another part', async ({ page }) => {
    await page.goto('/chapters/7');
    await waitForHydration(page);
    const lastId = await page.locator('.toc-mobile a[data-toc^="sec-"]').last().getAttribute('data-toc');
    await page.locator(`#${lastId}`).evaluate((el) => el.scrollIntoView());
    await page.locator(`.toc-mobile a[data-toc="${lastId}"][aria-current="location"]`).waitFor({ state: 'attached' });
    await page.locator('.toc-mobile summary').tap();
    const panel = page.getByRole('navigation', { name: '报告目录（展开）' });
    await expect(panel).toBeVisible();
    await expect(panel.locator('.report-part')).toHaveCount(13);
    await expect.poll(() => isInside(page, '.toc-mobile > nav', `.toc-mobile a[data-toc="${lastId}"]`)).toBe(true);
    // The panel stays inside the screen.
    const box = (await panel.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(844);
    await panel.locator('.report-part-link', { hasText: '附录C' }).first().tap();
    await expect(page).toHaveURL(/\/chapters\/appendix-c$/);
  });

  test('the four boxes are in the phone TOC too', async ({ page }) => {
    await page.goto('/chapters/5');
    await waitForHydration(page);
    await page.locator('.toc-mobile summary').tap();
    const panel = page.getByRole('navigation', { name: '报告目录（展开）' });
    await expect(panel.locator('.toc-box a')).toHaveCount(4);
    await panel.locator('.toc-box a').first().tap();
    await expect(page).toHaveURL(/#box-5-1$/);
    await expect(panel).toBeHidden();
  });
});
