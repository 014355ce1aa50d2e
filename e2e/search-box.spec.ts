import { expect, test, type Page } from '@playwright/test';
import { reportKeystrokeTimes, sinceLastKeystroke, watchTiming } from './helpers/search-timing';

async function ready(page: Page, path = '/chapters/1') {
  await page.goto(path);
  await page.locator('form[data-search-box="live"]').waitFor();
  return page.getByRole('combobox', { name: '搜索报告全文' });
}

test('typing 跨境电商 shows highlighted snippets and per-chapter counts, as you type', async ({ page }) => {
  const box = await ready(page);
  // A running server, as readers meet it: the index is loaded once per process.
  await page.request.get('/api/search?q=warm');
  await watchTiming(page);
  await box.click();
  await page.keyboard.type('跨境电商', { delay: 30 });
  const panel = page.locator('[data-search-panel][data-query="跨境电商"]');
  await expect(panel).toBeVisible();
  const options = panel.locator('[data-search-option]');
  await expect(options).toHaveCount(8);
  // Every form the query matched is marked: what was typed, and 跨境电子商务 (电商 ↔ 电子商务).
  for (const mark of await options.locator('mark').allTextContents()) expect(['跨境电商', '跨境电子商务']).toContain(mark);
  expect(await options.first().locator('mark').count()).toBeGreaterThan(0);

  const api = await (await page.request.get('/api/search?q=' + encodeURIComponent('跨境电商'))).json();
  const counts = panel.locator('[data-chapter-counts] [data-chapter]');
  await expect(counts).toHaveCount(api.chapters.length);
  await expect(panel.locator('[data-chapter-counts]')).toContainText(`共 ${api.total} 条`);
  await expect(counts.first()).toContainText(String(api.chapters[0].count));

  const times = [await sinceLastKeystroke(page, '跨境电商')];
  for (const q of ['数商兴农', '直播电商', '海外仓', '乡村振兴']) {
    await box.fill('');
    await page.keyboard.type(q, { delay: 30 });
    await expect(page.locator(`[data-search-panel][data-query="${q}"] [data-search-option]`).first()).toBeVisible();
    times.push(await sinceLastKeystroke(page, q));
  }
  reportKeystrokeTimes('search box', times);
});

test('clicking a result opens the chapter at that section with the term highlighted', async ({ page }) => {
  const box = await ready(page, '/');
  // A word with no equivalent form, so the link's ?q= is that one word.
  await box.fill('海外仓');
  const first = page.locator('[data-search-panel][data-query="海外仓"] [data-search-option]').first();
  const href = (await first.getAttribute('href'))!;
  const anchor = href.split('#')[1];
  await first.click();
  await expect(page).toHaveURL(new RegExp(`/chapters/[\\w-]+\\?q=.+#${anchor}$`));
  await expect.poll(() => page.evaluate(() => CSS.highlights.get('find-match')?.size ?? 0)).toBeGreaterThan(0);
  const placed = await page.evaluate((id) => {
    const target = document.getElementById(id)!;
    const current = [...(CSS.highlights.get('find-current') ?? [])][0] as Range | undefined;
    if (!current) return 'no current match';
    const after =
      target.contains(current.startContainer) ||
      !!(target.compareDocumentPosition(current.startContainer) & Node.DOCUMENT_POSITION_FOLLOWING);
    const rect = current.getBoundingClientRect();
    return `${current.toString()} ${after ? 'after' : 'before'} anchor, ${rect.top >= 0 && rect.bottom <= innerHeight ? 'visible' : 'off-screen'}`;
  }, anchor);
  expect(placed).toBe('海外仓 after anchor, visible');
});

test('/ and Ctrl+K focus the box; ↑ ↓ Enter navigate; Esc closes', async ({ page }) => {
  const box = await ready(page);
  await page.locator('body').click();
  await page.keyboard.press('/');
  await expect(box).toBeFocused();
  await box.blur();
  await page.keyboard.press('Control+k');
  await expect(box).toBeFocused();
  await box.fill('RCEP');
  const panel = page.locator('[data-search-panel][data-query="rcep"]');
  await expect(panel).toBeVisible();
  await box.press('ArrowDown');
  await box.press('ArrowDown');
  await box.press('ArrowUp');
  const active = panel.locator('[data-active]');
  await expect(active).toHaveCount(1);
  const href = (await active.getAttribute('href'))!;
  await expect(panel.locator('a').first()).toHaveAttribute('data-active', 'true');
  await box.press('Escape');
  await expect(panel).toBeHidden();
  await box.press('ArrowDown');
  await expect(panel).toBeVisible();
  await box.press('ArrowDown');
  await box.press('Enter');
  await page.waitForURL((url) => href.endsWith(url.pathname + url.search + url.hash));
});

test('"see all results" goes to the /search page for the query', async ({ page }) => {
  const box = await ready(page);
  await box.fill('数商兴农');
  await page.locator('[data-search-panel][data-query="数商兴农"] [data-search-all]').click();
  await expect(page).toHaveURL(/\/search\?q=%E6%95%B0%E5%95%86%E5%85%B4%E5%86%9C$/);
  await expect(page.locator('[data-search-result]').first()).toBeVisible();
});

test('an IME composition searches once, for the composed text only', async ({ page }) => {
  const box = await ready(page);
  // Every query the box searched, whether the server answered it or the index in the browser did.
  const queries: string[] = [];
  page.on('request', (r) => {
    const q = r.url().includes('/api/search') ? new URL(r.url()).searchParams.get('q') : null;
    if (q) queries.push(q);
  });
  await page.exposeFunction('panelShown', (q: string) => queries.push(q));
  await page.evaluate(() => {
    let seen = '';
    new MutationObserver(() => {
      const q = document.querySelector('[data-search-panel]')?.getAttribute('data-query') ?? '';
      if (q && q !== seen) (window as unknown as { panelShown: (q: string) => void }).panelShown(q);
      seen = q;
    }).observe(document.body, { subtree: true, childList: true, attributes: true });
  });
  await box.click();
  await watchTiming(page);
  // Chromium's own IME path: compositionstart, compositionupdate/input per pinyin letter, compositionend.
  const cdp = await page.context().newCDPSession(page);
  for (const pinyin of ['k', 'ku', 'kua', 'kuaj', 'kuaji', 'kuajin', 'kuajing']) {
    await cdp.send('Input.imeSetComposition', { text: pinyin, selectionStart: pinyin.length, selectionEnd: pinyin.length });
    await page.waitForTimeout(120);
  }
  await cdp.send('Input.insertText', { text: '跨境' });
  await expect(page.locator('[data-search-panel][data-query="跨境"]')).toBeVisible();
  await page.waitForTimeout(300);
  // A server answer shows in the panel too: one query, seen once or twice, never a pinyin fragment.
  expect([...new Set(queries)]).toEqual(['跨境']);
  const ms = await sinceLastKeystroke(page, '跨境');
  console.log(`search box, IME candidate chosen → results shown: ${ms.toFixed(0)} ms`);
  test.info().annotations.push({ type: 'composition-to-results', description: `${ms.toFixed(0)} ms` });
});
