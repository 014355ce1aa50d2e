import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { phone } from './helpers/reader';

const pages = ['/', '/chapters/1', '/chapters/appendix-a', '/figures'];

for (const path of pages) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`${path} (${scheme}) has no serious or critical accessibility violations`, async ({ page }) => {
      // axe over the longest pages takes ~10 s alone and several times that on a machine shared by many runs.
      test.setTimeout(90_000);
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      await page.locator('[data-display-settings][data-ready]').waitFor();
      const results = await new AxeBuilder({ page }).analyze();
      const severe = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      const summary = severe.map(
        (v) =>
          `${v.id} (${v.impact}): ${v.nodes
            .slice(0, 3)
            .map((n) => n.target.join(' '))
            .join(', ')}`,
      );
      console.log(`${path} ${scheme}: ${results.violations.length} violations, ${severe.length} serious/critical`);
      expect(summary).toEqual([]);
    });
  }
}

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto('/chapters/1');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: '跳到正文' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#main')).toBeFocused();
});

/** axe on the page as it is now; only serious and critical findings fail. */
async function severeViolations(page: import('@playwright/test').Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(', ')}`,
    );
}

for (const scheme of ['light', 'dark'] as const) {
  test(`/chapters/1 (${scheme}) with the find bar, a footnote preview and the 引用 dialog open has no serious violations`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/chapters/1');
    await page.locator('html[data-reader-ready]').waitFor({ state: 'attached' });
    await page.keyboard.press('f');
    await page.getByRole('searchbox', { name: '在本章中查找' }).fill('直播 电商');
    // The find scrolls to its first match once it has run: hovering before that left the pointer over
    // whatever scrolled under it, and the preview (rightly) never opened.
    await expect(page.locator('[data-find-count]')).toHaveText(/^1 \/ \d+$/);
    await page.locator('#fnref-1').hover();
    await expect(page.getByRole('dialog', { name: '注释 1' })).toBeVisible();
    expect(await severeViolations(page)).toEqual([]);
    await page.locator('#sec-1-1-1-p1').hover();
    await page.locator('#sec-1-1-1-p1').getByRole('button', { name: '引用本段' }).click();
    await expect(page.getByRole('dialog', { name: '引用本段' })).toBeVisible();
    expect(await severeViolations(page)).toEqual([]);
  });
}

test.describe('phone', () => {
  test.use({ ...phone, viewport: { width: 390, height: 844 } });

  test('/chapters/1 on a phone with the note sheet, then the 引用 dialog, open has no serious violations', async ({ page }) => {
    // Three axe runs over the longest chapter page on a shared machine.
    test.setTimeout(120_000);
    await page.goto('/chapters/1');
    await page.locator('html[data-reader-ready]').waitFor({ state: 'attached' });
    expect(await severeViolations(page)).toEqual([]);
    await page.locator('#fnref-1').tap();
    await expect(page.getByRole('dialog', { name: '注释 1' })).toBeVisible();
    expect(await severeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: '关闭' }).tap();
    await page.locator('#sec-1-1-1-p1').getByRole('button', { name: '引用本段' }).tap();
    await expect(page.getByRole('dialog', { name: '引用本段' })).toBeVisible();
    expect(await severeViolations(page)).toEqual([]);
  });
});

for (const scheme of ['light', 'dark'] as const) {
  test(`/chapters/5 (${scheme}) with the 显示 menu open, large text, has no serious violations`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/chapters/5');
    await page.locator('[data-display-settings][data-ready]').waitFor();
    await page.locator('[data-display-settings] > summary').click();
    await page.locator('.display-settings-panel').getByRole('radio', { name: '大' }).check();
    await expect(page.locator('.display-settings-panel')).toBeVisible();
    expect(await severeViolations(page)).toEqual([]);
  });
}

test.describe('phone overlays', () => {
  test.use({ ...phone, viewport: { width: 390, height: 844 } });

  test('/chapters/5 on a phone with the report TOC panel, then the 显示 menu, open has no serious violations', async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto('/chapters/5');
    await page.locator('html[data-reader-ready]').waitFor({ state: 'attached' });
    await page.locator('.toc-mobile summary').tap();
    await expect(page.getByRole('navigation', { name: '报告目录（展开）' })).toBeVisible();
    expect(await severeViolations(page)).toEqual([]);
    await page.locator('.toc-mobile summary').tap();
    await page.locator('[data-display-settings] > summary').tap();
    await expect(page.locator('.display-settings-panel')).toBeVisible();
    expect(await severeViolations(page)).toEqual([]);
  });
});
