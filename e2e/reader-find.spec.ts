import { expect, test } from '@playwright/test';
import { findCount, occurrencesInVisibleText, waitForHydration } from './helpers/reader';

test('the find bar opens with F, counts every occurrence in the visible text, and steps with Enter / Shift+Enter', async ({ page }) => {
  await page.goto('/chapters/1');
  await waitForHydration(page);
  await page.keyboard.press('f');
  const input = page.getByRole('searchbox', { name: '在本章中查找' });
  await expect(input).toBeFocused();
  await input.fill('电子商务');
  const expected = await occurrencesInVisibleText(page, '电子商务');
  expect(expected).toBeGreaterThan(50);
  await expect(findCount(page)).toHaveText(`1 / ${expected}`);
  await input.press('Enter');
  await expect(findCount(page)).toHaveText(`2 / ${expected}`);
  await input.press('Enter');
  await expect(findCount(page)).toHaveText(`3 / ${expected}`);
  await input.press('Shift+Enter');
  await expect(findCount(page)).toHaveText(`2 / ${expected}`);
  const highlighted = await page.evaluate(() => CSS.highlights.get('find-match')?.size ?? 0);
  expect(highlighted).toBe(expected);
  await input.press('Escape');
  await expect(input).toBeHidden();
  expect(await page.evaluate(() => CSS.highlights.has('find-match'))).toBe(false);
});

test('the find bar button opens it too, and Ctrl+F is left to the browser', async ({ page }) => {
  await page.goto('/chapters/4');
  await waitForHydration(page);
  await page.keyboard.press('Control+f');
  await expect(page.getByRole('searchbox', { name: '在本章中查找' })).toBeHidden();
  await page.getByRole('button', { name: /在本章中查找/ }).click();
  await expect(page.getByRole('searchbox', { name: '在本章中查找' })).toBeFocused();
});

test('matching folds full-width and Latin case, and crosses inline elements', async ({ page }) => {
  await page.goto('/chapters/3');
  await waitForHydration(page);
  await page.keyboard.press('f');
  const input = page.getByRole('searchbox', { name: '在本章中查找' });
  await input.fill('rcep');
  const expected = await occurrencesInVisibleText(page, 'RCEP');
  expect(expected).toBeGreaterThan(0);
  await expect(findCount(page)).toHaveText(`1 / ${expected}`);
  await input.fill('ＲＣＥＰ');
  await expect(findCount(page)).toHaveText(`1 / ${expected}`);

  await page.goto('/chapters/1');
  await waitForHydration(page);
  // A phrase with a marked number (<abbr>) inside it, taken from the page itself.
  const phrase = await page.evaluate(() => {
    const mark = document.querySelector('#chapter p .num-mark')!;
    const before = mark.previousSibling?.textContent ?? '';
    const after = mark.nextSibling?.textContent ?? '';
    return before.slice(-4) + mark.textContent + after.slice(0, 3);
  });
  expect(phrase.length).toBeGreaterThan(6);
  await page.keyboard.press('f');
  await page.getByRole('searchbox', { name: '在本章中查找' }).fill(phrase);
  const crossing = await occurrencesInVisibleText(page, phrase);
  expect(crossing).toBeGreaterThanOrEqual(1);
  await expect(findCount(page)).toHaveText(`1 / ${crossing}`);
});

test('?q= opens the bar with the term and goes to the first match after the anchor', async ({ page }) => {
  await page.goto('/chapters/1?q=' + encodeURIComponent('电子商务') + '#sec-1-2');
  const input = page.getByRole('searchbox', { name: '在本章中查找' });
  await expect(input).toHaveValue('电子商务');
  const total = await occurrencesInVisibleText(page, '电子商务');
  // Matches before 1.2: count them in the text that precedes the heading.
  const before = await page.evaluate(() => {
    const heading = document.getElementById('sec-1-2')!;
    const range = document.createRange();
    range.setStart(document.getElementById('chapter')!, 0);
    range.setEndBefore(heading);
    const frag = range.cloneContents();
    frag.querySelectorAll('.ui').forEach((n) => n.remove());
    return (frag.textContent ?? '').split('电子商务').length - 1;
  });
  await expect(findCount(page)).toHaveText(`${before + 1} / ${total}`);
  const inView = await page.evaluate(() => {
    const r = CSS.highlights.get('find-current')!.values().next().value as Range;
    const rect = r.getBoundingClientRect();
    return rect.top > 0 && rect.bottom < window.innerHeight;
  });
  expect(inView).toBe(true);
});

test("a match deep inside appendix A's scrolling table is brought into view", async ({ page }) => {
  await page.goto('/chapters/appendix-a');
  await waitForHydration(page);
  await page.keyboard.press('f');
  const input = page.getByRole('searchbox', { name: '在本章中查找' });
  await input.fill('海关总署');
  const total = await occurrencesInVisibleText(page, '海关总署');
  expect(total).toBeGreaterThan(1);
  await expect(findCount(page)).toHaveText(`1 / ${total}`);
  await input.press('Shift+Enter');
  await expect(findCount(page)).toHaveText(`${total} / ${total}`);
  const visible = await page.evaluate(() => {
    const r = (CSS.highlights.get('find-current')!.values().next().value as Range).getBoundingClientRect();
    const box = document.querySelector('.table-scroll')!.getBoundingClientRect();
    return r.top >= box.top && r.bottom <= box.bottom && r.top >= 0 && r.bottom <= window.innerHeight;
  });
  expect(visible).toBe(true);
});
