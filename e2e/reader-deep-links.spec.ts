import { expect, test } from '@playwright/test';
import { isBelowHeaderInViewport } from './helpers/reader';

const targets = [
  { kind: 'a section', url: '/chapters/1#sec-1-2-3', selector: '#sec-1-2-3' },
  { kind: 'a figure', url: '/chapters/4#fig-4-2', selector: '#fig-4-2' },
  { kind: 'a table', url: '/chapters/1#tbl-1-1', selector: '#tbl-1-1' },
  { kind: 'a box', url: '/chapters/5#box-5-1', selector: '#box-5-1' },
];

test('a link to a paragraph shows it below the header, after load and after reload', async ({ page, request }) => {
  // The last paragraph of chapter 1's opening section 1.2.1: far down the page, and whatever the paragraph count.
  const html = await (await request.get('/chapters/1')).text();
  const ids = [...html.matchAll(/id="(sec-1-2-1-p\d+)"/g)].map((m) => m[1]);
  expect(ids.length).toBeGreaterThan(0);
  const id = ids[ids.length - 1];
  await page.goto(`/chapters/1#${id}`);
  await expect.poll(() => isBelowHeaderInViewport(page, `#${id}`)).toBe(true);
  await page.reload();
  await expect.poll(() => isBelowHeaderInViewport(page, `#${id}`)).toBe(true);
});

for (const t of targets) {
  test(`a link to ${t.kind} shows it below the header, after load and after reload`, async ({ page }) => {
    await page.goto(t.url);
    await expect(page.locator(t.selector)).toBeVisible();
    await expect.poll(() => isBelowHeaderInViewport(page, t.selector)).toBe(true);
    await page.reload();
    await expect.poll(() => isBelowHeaderInViewport(page, t.selector)).toBe(true);
  });
}

test('a cross-reference in the text links to the figure in another chapter', async ({ page }) => {
  await page.goto('/chapters/1');
  const refs = page.locator('#chapter a.xref');
  expect(await refs.count()).toBeGreaterThan(5);
  const xref = page.locator('#chapter a.xref[href="#fig-1-1"]').first();
  await expect(xref).toHaveText('图1-1');
  await xref.click();
  await expect.poll(() => isBelowHeaderInViewport(page, '#fig-1-1')).toBe(true);
});

test('the link icon of a heading copies the full URL of the section', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/chapters/1');
  await page.locator('[data-display-settings][data-ready]').waitFor();
  const heading = page.locator('#sec-1-1-1');
  await heading.hover();
  await heading.locator('a.heading-anchor').click();
  await expect(page.getByRole('status').filter({ hasText: '链接已复制' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/chapters\/1#sec-1-1-1$/);

  // The paragraph's ¶ copies its URL the same way.
  const para = page.locator('#sec-1-1-1-p1');
  await para.hover();
  await para.locator('a.para-anchor').click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/chapters\/1#sec-1-1-1-p1$/);
});
