import { expect, test } from '@playwright/test';
import { DESKTOP_AND_PHONE, describeOnEach, waitForHydration } from './helpers/reader';

// Chapter 1's opening sentence (content/chapters/1.md, 前言 of the chapter): a phrase that occurs once in the text.
const PHRASE = '面对风高浪急的国际环境和艰巨繁重的国内改革发展稳定任务';

const occurrences = (text: string, phrase: string) => text.split(phrase).length - 1;

test('a chapter’s text reaches the browser once: in the document, not again in its inline RSC payload', async ({ request }) => {
  const html = await (await request.get('/chapters/1')).text();
  expect(occurrences(html, PHRASE)).toBe(1);
  expect(html).toMatch(/<article class="report" data-number-reasons="\/number-reasons\/1\.json" id="chapter"><h1 id="sec-1">/);
  // A client navigation asks for the payload alone: that one must carry the article.
  const payload = await (await request.get('/chapters/1', { headers: { RSC: '1' } })).text();
  expect(occurrences(payload, PHRASE)).toBe(1);
});

describeOnEach(DESKTOP_AND_PHONE, (device) => {
  test('the chapter stays whole through client navigations and Back, from the document and from a fetched payload', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const follow = (selector: string) =>
      device === 'phone' ? page.locator(selector).first().tap() : page.locator(selector).first().click();
    const article = page.locator('#chapter');

    await page.goto('/chapters/1');
    await waitForHydration(page);
    await expect(article).toContainText(PHRASE);
    // Out to the next chapter by the pager (a client navigation), and Back: the router shows chapter 1
    // from its cache, whose payload is the document's, without the article.
    await follow('.chapter-pager a[href="/chapters/2"]');
    await page.waitForURL('**/chapters/2');
    await waitForHydration(page);
    await expect(article.locator('h1')).toHaveText(/^第2章/);
    await page.goBack();
    await page.waitForURL('**/chapters/1');
    await expect(article).toContainText(PHRASE);
    // Forward to chapter 2 (a fetched payload), then a client navigation back to 1 by the pager.
    await page.goForward();
    await page.waitForURL('**/chapters/2');
    await expect(article.locator('h1')).toHaveText(/^第2章/);
    await follow('.chapter-pager a[href="/chapters/1"]');
    await page.waitForURL('**/chapters/1');
    await expect(article).toContainText(PHRASE);
    expect(errors).toEqual([]);
  });
});
