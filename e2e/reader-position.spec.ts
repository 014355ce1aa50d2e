import { expect, test, type Page } from '@playwright/test';
import { phone, waitForHydration } from './helpers/reader';

const scrollY = (page: Page) => page.evaluate(() => Math.round(window.scrollY));

/**
 * Waits until the page has recorded where it stands in its history entry (it does so once scrolling has
 * settled, as a reader pauses there too) and returns that position. Waiting on the record rather than a
 * fixed time keeps the journey honest on a busy machine.
 */
async function settled(page: Page): Promise<number> {
  await page.waitForFunction(() => (history.state as { readerY?: number } | null)?.readerY === Math.round(window.scrollY));
  return scrollY(page);
}

/** Scrolls to a reading position between anchors (the middle of a paragraph) and lets it settle. */
async function readAt(page: Page, selector: string): Promise<number> {
  await page.locator(selector).evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 137));
  await page.waitForTimeout(250);
  return settled(page);
}

test('after a deep link, following a footnote and pressing Back returns to the reading position, Forward to the note', async ({ page }) => {
  await page.goto('/chapters/1#sec-1-1');
  await waitForHydration(page);
  const y = await readAt(page, '#fnref-5');
  await page.locator('#fnref-5').focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#fn-5$/);
  await expect(page.locator('#fn-5')).toBeInViewport();
  const atNote = await settled(page);
  expect(Math.abs(atNote - y)).toBeGreaterThan(1000);
  await page.goBack();
  await expect(page).toHaveURL(/#sec-1-1$/);
  await expect.poll(() => scrollY(page)).toBe(y);
  await page.goForward();
  await expect(page).toHaveURL(/#fn-5$/);
  await expect.poll(() => scrollY(page)).toBe(atNote);
});

test('a TOC entry and a cross-reference are history steps too; reload keeps the reading position', async ({ page }) => {
  await page.goto('/chapters/1');
  await waitForHydration(page);
  const y = await readAt(page, '#sec-1-1-2-p1');
  await page.locator('.toc-sidebar a[data-toc="sec-1-3"]').click();
  await expect(page.locator('#sec-1-3')).toBeInViewport();
  await page.goBack();
  await expect.poll(() => scrollY(page)).toBe(y);
  // Reading where the cross-reference is on screen (a click on it then does not scroll first).
  const y1 = await readAt(page, '#sec-1-1-1-p1');
  await page.locator('#sec-1-1-1-p1 a.xref[href="#fig-1-1"]').click();
  await expect(page).toHaveURL(/#fig-1-1$/);
  const y2 = await readAt(page, '#sec-1-1-3');
  await page.reload();
  await waitForHydration(page);
  await expect.poll(() => scrollY(page)).toBe(y2);
  await page.goBack();
  await expect.poll(() => scrollY(page)).toBe(y1);
});

test('Back within moments of a TOC jump (before the jump’s scroll has settled) still returns to the reading position', async ({ page }) => {
  await page.goto('/chapters/1');
  await waitForHydration(page);
  const y = await readAt(page, '#sec-1-1-2-p1');
  // 50 ms: inside the 200 ms in which the jump's scroll has not been saved yet. A save landing after
  // the traversal used to write the target's place into the reading position's entry.
  await page.evaluate(() => {
    document.querySelector<HTMLElement>('.toc-sidebar a[data-toc="sec-1-3"]')!.click();
    setTimeout(() => history.back(), 50);
  });
  await page.waitForTimeout(600);
  await expect.poll(() => scrollY(page)).toBe(y);
  expect(await settled(page)).toBe(y);
});

test('the home page offers to continue where the reader left off', async ({ page }) => {
  await page.goto('/');
  await waitForHydration(page);
  await expect(page.locator('[data-continue-reading]')).toHaveCount(0);
  await page.goto('/chapters/7#sec-7-2-3');
  await waitForHydration(page);
  await readAt(page, '#sec-7-2-3-p1');
  await page.goto('/');
  const offer = page.locator('[data-continue-reading]');
  await expect(offer).toHaveText('继续阅读 第7章 7.2.3');
  await offer.click();
  // The anchor is the first block at the reading line: the heading or one of its paragraphs.
  await expect(page).toHaveURL(/\/chapters\/7#sec-7-2-3(-p\d+)?$/);
  await expect(page.locator(new URL(page.url()).hash)).toBeInViewport();
});

test.describe('phone', () => {
  test.use({ ...phone, viewport: { width: 390, height: 844 } });

  test('Back with the footnote sheet open closes the sheet and stays at the same place', async ({ page }) => {
    await page.goto('/chapters/1#sec-1-1');
    await waitForHydration(page);
    const y = await readAt(page, '#fnref-2');
    await page.locator('#fnref-2').tap();
    const sheet = page.getByRole('dialog', { name: '注释 2' });
    await expect(sheet).toBeVisible();
    await page.goBack();
    await expect(sheet).toBeHidden();
    await expect(page).toHaveURL(/\/chapters\/1#sec-1-1$/);
    await expect.poll(() => scrollY(page)).toBe(y);
    // Closing with the button leaves no extra entry behind: one Back then leaves the deep link's entry.
    await page.locator('#fnref-2').tap();
    await expect(sheet).toBeVisible();
    await sheet.getByRole('button', { name: '关闭' }).tap();
    await expect(sheet).toBeHidden();
    await expect(page).toHaveURL(/\/chapters\/1#sec-1-1$/);
    expect(await page.evaluate(() => history.state?.fnSheet)).toBeFalsy();
  });

  test("the sheet's link to the note list is a jump that Back undoes", async ({ page }) => {
    await page.goto('/chapters/1');
    await waitForHydration(page);
    const y = await readAt(page, '#fnref-3');
    await page.locator('#fnref-3').tap();
    await page.getByRole('dialog', { name: '注释 3' }).getByRole('link', { name: '跳到注释列表' }).tap();
    await expect(page).toHaveURL(/#fn-3$/);
    await expect(page.locator('#fn-3')).toBeInViewport();
    await page.goBack();
    await expect.poll(() => scrollY(page)).toBe(y);
    await expect(page.getByRole('dialog')).toHaveCount(0);
  });
});
