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

/** The page's HTML carries short titles; the reasoning arrives from the chapter's reasons file once the page is idle. */
const fullTitlesLoaded = (page: Page) => expect(page.locator('#chapter abbr.num-mark[title*="依据："]').first()).toBeAttached();

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

test('numbers arrive with short titles and gain their reasoning from the reasons file, in hover and in the tooltip', async ({
  page,
  request,
}) => {
  const html = await (await request.get('/chapters/1')).text();
  // Chapter 1's inferred growth of 网络购物用户 (raw ３１９), as the document sends it: notice and raw digits only.
  expect(html).toMatch(
    /<abbr id="num-1-6" class="num-mark" data-status="inferred" data-raw="３１９" title="小数点位置系推断，原文数字为 ３１９" tabindex="0">/,
  );
  const reasons = (await (await request.get('/number-reasons/1.json')).json()) as Record<string, string>;
  expect(reasons['num-1-6']).toMatch(/^小数点位置系推断，原文数字为 ３１９\n依据：.*8\.45亿/s);
  await page.goto('/chapters/1');
  await waitForHydration(page);
  const mark = page.locator('#num-1-6');
  await expect(mark).toHaveAttribute('title', reasons['num-1-6']);
  await mark.focus();
  await expect(page.getByRole('tooltip')).toHaveText(reasons['num-1-6']);
});

test.describe('phone', () => {
  test.use(phone);

  test('a tapped number’s tooltip stays inside the screen and below the TOC bar, even with the longest reasoning', async ({ page }) => {
    await page.goto('/chapters/1');
    await waitForHydration(page);
    await fullTitlesLoaded(page);
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
