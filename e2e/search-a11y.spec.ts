import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const severe = (violations: { id: string; impact?: string | null; nodes: { target: unknown[] }[] }[]) =>
  violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id}: ${v.nodes
          .slice(0, 3)
          .map((n) => String(n.target))
          .join(', ')}`,
    );

for (const scheme of ['light', 'dark'] as const) {
  test(`the /search page (${scheme}) has no serious or critical accessibility violations`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/search?q=' + encodeURIComponent('图1-1'));
    await page.locator('[data-search-result]').first().waitFor();
    expect(severe((await new AxeBuilder({ page }).analyze()).violations)).toEqual([]);
  });

  test(`the open search box (${scheme}) has no serious or critical accessibility violations`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/');
    await page.locator('form[data-search-box="live"]').waitFor();
    const box = page.getByRole('combobox', { name: '搜索报告全文' });
    await box.fill('跨境电商');
    await page.locator('[data-search-panel] [data-search-option]').first().waitFor();
    await box.press('ArrowDown');
    await expect(box).toHaveAttribute('aria-activedescendant', /.+/);
    const results = await new AxeBuilder({ page }).include('form[role="search"]').analyze();
    expect(severe(results.violations)).toEqual([]);
  });
}
