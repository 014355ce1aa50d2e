import { expect, test } from '@playwright/test';
import { waitForHydration } from './helpers/reader';
import { readOutline } from './helpers/outline';

test('hovering a footnote reference previews the note in place', async ({ page }) => {
  await page.goto('/chapters/1');
  await waitForHydration(page);
  await page.locator('#fnref-1').hover();
  const popover = page.getByRole('dialog', { name: '注释 1' });
  await expect(popover).toBeVisible();
  const note = readOutline()
    .parts.find((p) => p.slug === '1')!
    .footnotes.find((f) => f.n === 1)!;
  await expect(popover).toContainText((note.text ?? '').slice(0, 12));
  await expect(popover.locator('a[href^="http"]')).toHaveCount(await page.locator('#fn-1 a[href^="http"]').count());
  await page.mouse.move(5, 500);
  await expect(popover).toBeHidden();
  expect(new URL(page.url()).hash).toBe('');
});

test('focusing a footnote reference by keyboard previews it, and Esc closes the preview', async ({ page }) => {
  await page.goto('/chapters/1');
  await waitForHydration(page);
  await page.locator('#fnref-2').focus();
  const popover = page.getByRole('dialog', { name: '注释 2' });
  await expect(popover).toBeVisible();
  const note = readOutline()
    .parts.find((p) => p.slug === '1')!
    .footnotes.find((f) => f.n === 2)!;
  await expect(popover).toContainText((note.text ?? '原文此处注释缺失').slice(0, 12));
  await page.keyboard.press('Escape');
  await expect(popover).toBeHidden();
});

test('following a reference jumps to the note, and the note links back to the reference', async ({ page }) => {
  await page.goto('/chapters/1');
  await waitForHydration(page);
  await page.locator('#fnref-1').focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#fn-1$/);
  await expect(page.locator('#fn-1')).toBeInViewport();
  await page.locator('#fn-1 a[data-footnote-backref]').first().click();
  await expect(page).toHaveURL(/#fnref-1$/);
  await expect(page.locator('#fnref-1')).toBeInViewport();
});

test('a note whose body the source lost says so, in the list and in the preview', async ({ page }) => {
  const part = readOutline().parts.find((p) => p.footnotes.some((f) => f.status === 'body-lost'));
  expect(part, 'the outline lists at least one note whose body was lost').toBeTruthy();
  const note = part!.footnotes.find((f) => f.status === 'body-lost')!;
  await page.goto(`/chapters/${part!.slug}`);
  await waitForHydration(page);
  await expect(page.locator(`li#${note.id}.fn-lost`)).toContainText('原文此处注释缺失');
  await page.locator(`a[data-footnote-ref][href="#${note.id}"]`).first().hover();
  await expect(page.locator('[data-fn-popover]')).toContainText('此处注释的正文在原文中已缺失');
});

test('each part lists the notes whose place in the text is lost, exactly as many as the outline has, and no list where it has none', async ({
  page,
}) => {
  // The outline may hold none at all: every page-foot body the cleaning found has its marker (chapter 7's
  // last one was the tail of a URL, which now joins its note).
  for (const part of readOutline().parts) {
    await page.goto(`/chapters/${part.slug}`);
    if (part.unattachedNotes.length === 0) {
      await expect(page.getByRole('heading', { name: '未能定位的注释' })).toHaveCount(0);
      continue;
    }
    const list = page.getByRole('region', { name: '未能定位的注释' });
    await expect(list).toBeVisible();
    await expect(list.locator('li')).toHaveCount(part.unattachedNotes.length);
  }
});

test('Tab from a reference enters the preview so its links can be followed by keyboard', async ({ page }) => {
  await page.goto('/chapters/1');
  await waitForHydration(page);
  const withLink = await page.evaluate(() => {
    const li = Array.from(document.querySelectorAll('.footnotes li')).find((l) => l.querySelector('a[href^="http"]'));
    return li?.id ?? null;
  });
  expect(withLink, 'chapter 1 has a note with a link').toBeTruthy();
  await page.locator(`a[data-footnote-ref][href="#${withLink}"]`).first().focus();
  const popover = page.locator('[data-fn-popover]');
  await expect(popover).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(popover.locator('a[href^="http"]').first()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(popover).toBeHidden();
  await expect(page.locator(`a[data-footnote-ref][href="#${withLink}"]`).first()).toBeFocused();
});
