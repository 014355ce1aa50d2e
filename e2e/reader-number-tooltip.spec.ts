import { expect, test, type Page } from '@playwright/test';
import { phone, waitForHydration } from './helpers/reader';

/** Scrolls so that the mark's top sits `offset` px below the bottom of the element `under`; returns the mark's id. */
async function bringJustBelow(page: Page, id: string, under: string, offset: number): Promise<void> {
  await page.evaluate(
    ([markId, sel, off]) => {
      const mark = document.getElementById(markId as string)!;
      const bar = document.querySelector(sel as string)!.getBoundingClientRect().bottom;
      window.scrollBy(0, mark.getBoundingClientRect().top - bar - (off as number));
    },
    [id, under, offset] as const,
  );
}

const tipBox = (page: Page) => page.locator('#num-tooltip').evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect);

/** The id of the unproven number whose title is the longest (the reasoning the tooltip must fit). */
const longestTitled = (page: Page) =>
  page.evaluate(() => {
    const marks = Array.from(document.querySelectorAll<HTMLElement>('#chapter abbr.num-mark[title]'));
    return marks.sort((a, b) => b.title.length - a.title.length)[0].id;
  });

test('a focused number’s tooltip opens below the sticky header when the number is just under it, and Esc closes it', async ({ page }) => {
  await page.goto('/chapters/1');
  await waitForHydration(page);
  const id = await page.locator('#chapter abbr.num-mark[title]').nth(3).getAttribute('id');
  await bringJustBelow(page, id!, '.site-header', 4);
  const mark = page.locator(`#${id}`);
  await mark.focus();
  const tip = page.getByRole('tooltip');
  await expect(tip).toBeVisible();
  await expect(mark).toHaveAttribute('aria-describedby', 'num-tooltip');
  expect(await tip.textContent()).toBe(await mark.getAttribute('title'));
  const header = await page.locator('.site-header').evaluate((el) => el.getBoundingClientRect().bottom);
  expect((await tipBox(page)).top).toBeGreaterThanOrEqual(header);
  await page.keyboard.press('Escape');
  await expect(tip).toBeHidden();
});

test.describe('phone', () => {
  test.use(phone);

  test('a tapped number’s tooltip stays inside the screen and below the TOC bar, even with the longest reasoning', async ({ page }) => {
    await page.goto('/chapters/1');
    await waitForHydration(page);
    const id = await longestTitled(page);
    await bringJustBelow(page, id, '.toc-mobile', 4);
    await page.locator(`#${id}`).tap();
    await expect(page.getByRole('tooltip')).toBeVisible();
    const box = await tipBox(page);
    const bar = await page.locator('.toc-mobile').evaluate((el) => el.getBoundingClientRect().bottom);
    expect(box.top).toBeGreaterThanOrEqual(bar);
    expect(box.left).toBeGreaterThanOrEqual(0);
    expect(box.right).toBeLessThanOrEqual(390);
    expect(box.bottom).toBeLessThanOrEqual(844);
  });

  test('the tooltip of the number nearest the right edge is shifted left to stay on screen', async ({ page }) => {
    await page.goto('/chapters/1');
    await waitForHydration(page);
    // Horizontal positions do not depend on the scroll: take the mark that ends nearest the right edge.
    const id = await page.evaluate(() => {
      const marks = Array.from(document.querySelectorAll<HTMLElement>('#chapter abbr.num-mark[title]'));
      return marks.sort((a, b) => b.getBoundingClientRect().right - a.getBoundingClientRect().right)[0].id;
    });
    await bringJustBelow(page, id, '.toc-mobile', 300);
    const right = await page.locator(`#${id}`).evaluate((el) => el.getBoundingClientRect().right);
    expect(right).toBeGreaterThan(390 - 128);
    await page.locator(`#${id}`).tap();
    const box = await tipBox(page);
    expect(box.right).toBeLessThanOrEqual(390);
    expect(box.left).toBeGreaterThanOrEqual(0);
  });
});
