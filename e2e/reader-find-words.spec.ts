import { expect, test, type Page } from '@playwright/test';
import { findCount, occurrencesInVisibleText, phone, waitForHydration } from './helpers/reader';

const box = (page: Page) => page.getByRole('searchbox', { name: '在本章中查找' });

/** The number of matches the find bar lists for one term (shown when the query has several). */
async function termCount(page: Page, term: string): Promise<number> {
  const text = await page.locator(`[data-find-terms] li[data-term="${term}"]`).innerText();
  return Number(text.replace(term, '').trim());
}

/** Whether the current match starts inside an element matching `selector`. */
async function currentMatchInside(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((sel) => {
    const r = CSS.highlights.get('find-current')?.values().next().value as Range | undefined;
    const node = r?.startContainer;
    const el = node instanceof Element ? node : node?.parentElement;
    return !!el?.closest(sel);
  }, selector);
}

function wordsJourney() {
  test('several space-separated words are separate terms, each highlighted and counted', async ({ page }) => {
    await page.goto('/chapters/1');
    await waitForHydration(page);
    await page.getByRole('button', { name: /在本章中查找/ }).click();
    await box(page).fill('直播 电商');
    const live = await occurrencesInVisibleText(page, '直播');
    const short = await occurrencesInVisibleText(page, '电商');
    expect(live).toBeGreaterThan(0);
    expect(short).toBeGreaterThan(0);
    await expect(findCount(page)).toHaveText(`1 / ${live + short}`);
    expect(await termCount(page, '直播')).toBe(live);
    expect(await termCount(page, '电商')).toBe(short);
    expect(await page.evaluate(() => CSS.highlights.get('find-match')?.size)).toBe(live + short);
  });

  test('traditional characters find the simplified text the report prints', async ({ page }) => {
    await page.goto('/chapters/1');
    await waitForHydration(page);
    await page.getByRole('button', { name: /在本章中查找/ }).click();
    await box(page).fill('電子商務');
    const expected = await occurrencesInVisibleText(page, '电子商务');
    expect(expected).toBeGreaterThan(50);
    await expect(findCount(page)).toHaveText(`1 / ${expected}`);
  });

  test('a search landing with several words highlights all of them', async ({ page }) => {
    await page.goto(`/chapters/3?q=${encodeURIComponent('跨境电商 海外仓')}#sec-3-1`);
    await expect(box(page)).toHaveValue('跨境电商 海外仓');
    const a = await occurrencesInVisibleText(page, '跨境电商');
    const b = await occurrencesInVisibleText(page, '海外仓');
    expect(a * b).toBeGreaterThan(0);
    await expect(findCount(page)).toHaveText(new RegExp(` / ${a + b}$`));
    expect(await termCount(page, '海外仓')).toBe(b);
  });

  test('the raw digits of a number (4383 for 43.83) highlight that number, whatever its status', async ({ page }) => {
    await page.goto('/chapters/1?q=4383#sec-1-1');
    await expect(box(page)).toHaveValue('4383');
    const marks = await page.locator('#chapter-text [data-raw="４３８３"]').count();
    expect(marks).toBeGreaterThan(0);
    const asText = await occurrencesInVisibleText(page, '4383');
    await expect(findCount(page)).toHaveText(`1 / ${marks + asText}`);
    expect(await currentMatchInside(page, '[data-raw="４３８３"]')).toBe(true);
  });
}

test.describe('desktop', wordsJourney);
test.describe('phone', () => {
  test.use({ ...phone, viewport: { width: 390, height: 844 } });
  wordsJourney();
});

test('while an IME composes, nothing is searched and the page does not move; the committed word is', async ({ page }) => {
  await page.goto('/chapters/1');
  await waitForHydration(page);
  await page.getByRole('button', { name: /在本章中查找/ }).click();
  await expect(box(page)).toBeFocused();
  const before = await page.evaluate(() => window.scrollY);
  const cdp = await page.context().newCDPSession(page);
  // Pinyin for 直播, as an IME shows it while composing: the letters would match Latin text in the chapter.
  for (const partial of ['z', 'zh', 'zhi', 'zhib', 'zhibo']) {
    await cdp.send('Input.imeSetComposition', { text: partial, selectionStart: partial.length, selectionEnd: partial.length });
  }
  await expect(box(page)).toHaveValue('zhibo');
  await expect(findCount(page)).toHaveText('');
  expect(await page.evaluate(() => window.scrollY)).toBe(before);
  expect(await page.evaluate(() => CSS.highlights.has('find-match'))).toBe(false);
  await cdp.send('Input.insertText', { text: '直播' });
  await expect(box(page)).toHaveValue('直播');
  await expect(findCount(page)).toHaveText(`1 / ${await occurrencesInVisibleText(page, '直播')}`);
});

test('a new anchor in the same chapter with the same ?q= runs the find again from there', async ({ page }) => {
  await page.goto(`/chapters/1?q=${encodeURIComponent('电子商务')}#sec-1-2`);
  const total = await occurrencesInVisibleText(page, '电子商务');
  await expect(findCount(page)).toHaveText(new RegExp(` / ${total}$`));
  expect(await currentMatchInside(page, '#chapter')).toBe(true);
  const firstAt12 = await findCount(page).innerText();
  // What a second search result in this chapter does: same page and query, another anchor.
  await page.evaluate(() => {
    location.hash = '#sec-1-3';
  });
  await expect(findCount(page)).not.toHaveText(firstAt12);
  const after13 = await page.evaluate(() => {
    const r = CSS.highlights.get('find-current')!.values().next().value as Range;
    return !!(document.getElementById('sec-1-3')!.compareDocumentPosition(r.startContainer) & Node.DOCUMENT_POSITION_FOLLOWING);
  });
  expect(after13).toBe(true);
});
