import { expect, test } from '@playwright/test';
import { DESKTOP_AND_PHONE, describeOnEach, waitForHydration } from './helpers/reader';
import { watchChunks } from './helpers/lazy-chunks';

// The find bar, the footnote previews and the search box's results panel are not in the chapter's first
// load (scripts/size.ts measures it): each arrives on the reader's first reach for it. These journeys hold
// that code back 600 ms, as a slow phone network would, and check that the press which asked for it is
// the one that opens it: nothing to press twice, no jump to the note list, no lost query.
const LATE_MS = 600;

// Strings that only the lazily loaded code carries (minified code keeps its literals).
const FIND_BAR_CODE = '在本章中查找（空格分隔多个词）';
const FOOTNOTE_SHEET_CODE = '跳到注释列表';
const SEARCH_PANEL_CODE = '查看全部';

describeOnEach(DESKTOP_AND_PHONE, (device) => {
  test('the find bar loads on its first press, which opens it', async ({ page }) => {
    const chunks = await watchChunks(page);
    await page.goto('/chapters/1');
    await waitForHydration(page);
    expect(await chunks.fetchedWith(FIND_BAR_CODE)).toBe(false);
    await chunks.slowDown(LATE_MS);
    const scrollBefore = await page.evaluate(() => window.scrollY);
    if (device === 'phone') await page.getByRole('button', { name: /在本章中查找/ }).tap();
    else await page.keyboard.press('f');
    const input = page.getByRole('searchbox', { name: '在本章中查找' });
    await expect(input).toBeFocused();
    expect(await chunks.fetchedWith(FIND_BAR_CODE)).toBe(true);
    // The key was taken by the loader: no browser default, no scroll.
    expect(await page.evaluate(() => window.scrollY)).toBe(scrollBefore);
    await input.fill('跨境电商');
    await expect(page.locator('[data-find-count]')).toHaveText(/^1 \/ \d+$/);
  });

  test('the footnote previews load on the first reference reached for, which opens its note', async ({ page }) => {
    const chunks = await watchChunks(page);
    await page.goto('/chapters/1');
    await waitForHydration(page);
    expect(await chunks.fetchedWith(FOOTNOTE_SHEET_CODE)).toBe(false);
    await chunks.slowDown(LATE_MS);
    const note = page.getByRole('dialog', { name: '注释 1' });
    if (device === 'phone') {
      // The tap's click would follow the link to the note list; it is held and replayed for the sheet.
      await page.locator('#fnref-1').tap();
      await expect(note).toBeVisible();
      await expect(note).toHaveAttribute('data-fn-sheet');
      expect(new URL(page.url()).hash).toBe('');
    } else {
      await page.locator('#fnref-1').hover();
      await expect(note).toBeVisible();
      await expect(note).toHaveAttribute('data-fn-popover');
    }
    await expect(note).toContainText('国民经济和社会发展统计公报');
    expect(await chunks.fetchedWith(FOOTNOTE_SHEET_CODE)).toBe(true);
  });

  test('the search panel loads on the box’s first focus; what is typed meanwhile is searched', async ({ page }) => {
    const chunks = await watchChunks(page);
    await page.goto('/chapters/1');
    await waitForHydration(page);
    expect(await chunks.fetchedWith(SEARCH_PANEL_CODE)).toBe(false);
    await chunks.slowDown(LATE_MS);
    const box = page.getByRole('combobox', { name: '搜索报告全文' });
    if (device === 'phone') {
      // Below 640 px the box sits in the header as on desktop; a tap focuses it.
      await box.tap();
    } else await box.click();
    await page.keyboard.type('跨境电商');
    await expect(box).toHaveValue('跨境电商');
    // The panel's chunk comes late on purpose, and the answer is the server's or the browser index's,
    // whichever is first: allow for both on a busy machine.
    await expect(page.locator('[data-search-panel][data-query="跨境电商"] [data-search-option]').first()).toBeVisible({
      timeout: 15_000,
    });
    expect(await chunks.fetchedWith(SEARCH_PANEL_CODE)).toBe(true);
  });
});

test('a keyboard focus on a reference loads the previews and shows its note', async ({ page }) => {
  const chunks = await watchChunks(page);
  await page.goto('/chapters/1');
  await waitForHydration(page);
  await chunks.slowDown(LATE_MS);
  await page.locator('#fnref-1').focus();
  await expect(page.getByRole('dialog', { name: '注释 1' })).toBeVisible();
  expect(await chunks.fetchedWith(FOOTNOTE_SHEET_CODE)).toBe(true);
});
