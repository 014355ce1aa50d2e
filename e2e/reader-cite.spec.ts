import { expect, test, type Page } from '@playwright/test';
import { phone, waitForHydration } from './helpers/reader';

/** The access date the dialog should print: the browser's own calendar day. */
const today = (page: Page) =>
  page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });

const style = (page: Page, key: string) => page.locator(`dialog[open] [data-cite-style="${key}"]`);

function citeJourney(open: (page: Page, button: ReturnType<Page['locator']>) => Promise<void>) {
  test('a paragraph is cited in GB/T 7714-2015, APA and BibTeX, and each copies as shown', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/chapters/1');
    await waitForHydration(page);
    await open(page, page.locator('#sec-1-1-1-p1').getByRole('button', { name: '引用本段' }));
    const dialog = page.getByRole('dialog', { name: '引用本段' });
    await expect(dialog).toBeVisible();
    const url = new URL('/chapters/1#sec-1-1-1-p1', page.url()).href;
    const gbt = `中华人民共和国商务部. 中国电子商务报告2022[R/OL]. [北京]: 中华人民共和国商务部, 2023: 第1章 1.1.1 第1段[${await today(page)}]. ${url}.`;
    await expect(style(page, 'gbt')).toHaveText(gbt);
    await expect(style(page, 'apa')).toHaveText(`中华人民共和国商务部. (2023). 中国电子商务报告2022 (第1章 1.1.1 第1段). ${url}`);
    await expect(style(page, 'bibtex')).toContainText(`url = {${url}},`);
    await dialog.getByRole('button', { name: '复制 GB/T 7714-2015 格式' }).click();
    await expect(dialog.getByRole('status')).toHaveText('已复制 GB/T 7714-2015 格式');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(gbt);
    // The dialog stays inside the viewport.
    const box = (await dialog.boundingBox())!;
    const viewport = page.viewportSize()!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
    expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
    await dialog.getByRole('button', { name: '关闭' }).click();
    await expect(dialog).toBeHidden();
  });

  test('a paragraph inside a box is numbered within the box (not its section); a figure and a section cite themselves', async ({
    page,
  }) => {
    await page.goto('/chapters/5');
    await waitForHydration(page);
    // Box 5-1's paragraphs are numbered within their section's ids, but cited within the box.
    const inBox = page.locator('#box-5-1 p.para');
    expect(await inBox.count()).toBeGreaterThan(1);
    await open(page, inBox.first().getByRole('button', { name: '引用本段' }));
    await expect(page.locator('.cite-dialog-locator')).toHaveText('第5章 专栏5-1 第1段');
    await page.keyboard.press('Escape');
    await open(page, inBox.nth(1).getByRole('button', { name: '引用本段' }));
    await expect(page.locator('.cite-dialog-locator')).toHaveText('第5章 专栏5-1 第2段');
    await page.keyboard.press('Escape');
    await open(page, page.locator('#box-5-1-caption').getByRole('button', { name: '引用专栏5-1' }));
    await expect(page.locator('.cite-dialog-locator')).toHaveText('第5章 专栏5-1 第四届双品网购节暨非洲好物网购节');
    await page.keyboard.press('Escape');

    await page.goto('/chapters/1');
    await waitForHydration(page);
    await open(page, page.locator('#fig-1-1-caption').getByRole('button', { name: '引用图1-1' }));
    await expect(page.getByRole('dialog', { name: '引用图1-1' })).toBeVisible();
    await expect(page.locator('.cite-dialog-locator')).toHaveText('第1章 图1-1 2011-2022年全国电子商务交易额');
    await page.keyboard.press('Escape');
    await open(page, page.locator('#sec-1-2').getByRole('button', { name: '引用本节' }));
    await expect(page.locator('.cite-dialog-locator')).toHaveText('第1章 1.2 发展特点');
  });
}

test.describe('desktop', () => {
  citeJourney(async (_page, button) => {
    await button.locator('xpath=ancestor::*[self::p or self::h2 or self::h3 or self::figcaption][1]').hover();
    await button.click();
  });

  test('the keyboard opens the dialog, Tab stays inside it, Esc returns focus to the button', async ({ page }) => {
    await page.goto('/chapters/1');
    await waitForHydration(page);
    const button = page.locator('#sec-1-1-1-p1').getByRole('button', { name: '引用本段' });
    await button.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: '引用本段' });
    await expect(dialog).toBeVisible();
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => !!document.activeElement?.closest('dialog[open]') || document.activeElement === document.body)).toBe(
        true,
      );
    }
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(button).toBeFocused();
  });

  test('the paragraph tools in the margin are one line each, not a vertical stack of characters', async ({ page }) => {
    await page.goto('/chapters/1');
    await waitForHydration(page);
    await page.locator('#sec-1-1-1-p1').hover();
    const box = (await page.locator('#sec-1-1-1-p1 .cite-button').boundingBox())!;
    expect(box.width).toBeGreaterThan(box.height);
    expect(box.height).toBeLessThan(30);
  });
});

test.describe('phone', () => {
  test.use({ ...phone, viewport: { width: 390, height: 844 } });
  citeJourney(async (_page, button) => {
    await button.scrollIntoViewIfNeeded();
    await button.tap();
  });

  test('the paragraph link and 引用 are visible and at least 24×24 px to a finger', async ({ page }) => {
    await page.goto('/chapters/1');
    await waitForHydration(page);
    for (const sel of ['#sec-1-1-1-p1 .para-anchor', '#sec-1-1-1-p1 .cite-button']) {
      const el = page.locator(sel);
      await expect(el).toBeVisible();
      expect(Number(await el.evaluate((n) => getComputedStyle(n).opacity))).toBe(1);
      const box = (await el.boundingBox())!;
      expect(box.width).toBeGreaterThanOrEqual(24);
      expect(box.height).toBeGreaterThanOrEqual(24);
    }
  });
});
