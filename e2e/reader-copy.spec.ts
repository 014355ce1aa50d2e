import { expect, test, type Page } from '@playwright/test';
import { phone, waitForHydration } from './helpers/reader';

/** 1.1.1's first paragraph as the generated content has it (content/chapters/1.md), with its note as [1]. */
const PARAGRAPH_1_1_1 = '国家统计局数据显示，2022年，全国电子商务交易额达43.83万亿元，按可比口径计算，比上年增长3.5%[1]（见图1-1）。';

/** Selects the whole content of `selector` as a reader's drag would, then copies with the keyboard. */
async function selectAndCopy(page: Page, selector: string): Promise<{ text: string; html: string }> {
  await page.evaluate((sel) => {
    const range = document.createRange();
    range.selectNodeContents(document.querySelector(sel)!);
    const selection = document.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
  }, selector);
  await page.keyboard.press('ControlOrMeta+c');
  return page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    const read = async (type: string) => (item.types.includes(type) ? (await item.getType(type)).text() : '');
    return { text: await read('text/plain'), html: await read('text/html') };
  });
}

function copyJourney() {
  test.beforeEach(async ({ context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  });

  test("copying 1.1.1's first paragraph keeps the footnote apart from the figure and leaves the controls out", async ({ page }) => {
    await page.goto('/chapters/1');
    await waitForHydration(page);
    const { text, html } = await selectAndCopy(page, '#sec-1-1-1-p1');
    expect(text).not.toContain('3.5%1');
    expect(text).toBe(PARAGRAPH_1_1_1);
    for (const glyph of ['¶', '↩', '复制引用', '引用']) expect(text).not.toContain(glyph);
    // The HTML keeps how each reading was decided and links to absolute URLs, without page machinery.
    expect(html).toContain('<sup>[1]</sup>');
    expect(html).toMatch(/<span title="小数点位置经所引来源核实：[^"]*">3\.5<\/span>/);
    expect(html).toMatch(/<a href="http:\/\/127\.0\.0\.1:\d+\/chapters\/1#fig-1-1">图1-1<\/a>/);
    expect(html).not.toMatch(/\b(id|class|data-[a-z-]+|tabindex)=/);
    expect(html).not.toContain('¶');
  });

  test('an inferred reading copies as its reading and keeps its notice with the raw digits in the HTML', async ({ page }) => {
    await page.goto('/chapters/1');
    await waitForHydration(page);
    const mark = page.locator('p.para abbr.num-mark[data-status="inferred"]').first();
    const [reading, raw, paragraphId] = await mark.evaluate((el) => [el.textContent!, el.getAttribute('data-raw')!, el.closest('p')!.id]);
    const { text, html } = await selectAndCopy(page, `#${paragraphId}`);
    expect(text).toContain(reading);
    expect(html).toContain(`<abbr title="小数点位置系推断，原文数字为 ${raw}`);
  });

  test('copying across paragraphs and the notes keeps one blank line between blocks and drops the back-links', async ({ page }) => {
    await page.goto('/chapters/1');
    await waitForHydration(page);
    const { text } = await selectAndCopy(page, 'section[data-footnotes] ol');
    const firstNote = await page.locator('#fn-1').evaluate((li) => {
      const clone = li.cloneNode(true) as Element;
      clone.querySelectorAll('[data-footnote-backref]').forEach((a) => a.remove());
      return clone.textContent!.trim();
    });
    expect(firstNote.length).toBeGreaterThan(10);
    expect(text.startsWith(firstNote)).toBe(true);
    expect(text).not.toContain('↩');
    expect(text.split('\n\n').length).toBe(await page.locator('section[data-footnotes] li').count());
  });
}

test.describe('desktop', copyJourney);

test.describe('phone', () => {
  test.use({ ...phone, viewport: { width: 390, height: 844 } });
  copyJourney();
});
