import { expect, type Page, test } from '@playwright/test';
import { DESKTOP_AND_PHONE, describeOnEach } from './helpers/reader';

const visibleRows = (page: Page) => page.locator('#tbl-a-1 tbody tr:visible');

describeOnEach(DESKTOP_AND_PHONE, (name) => {
  test('the appendix A filter narrows by department, month and text, and restores', async ({ page }) => {
    await page.goto('/chapters/appendix-a');
    const filter = page.getByRole('search', { name: '筛选法规政策' });
    const count = filter.locator('.law-filter-count');
    await expect(count).toHaveText(/显示 119 \/ 119 条/);
    await expect(visibleRows(page)).toHaveCount(119);

    await filter.getByLabel('发布月份').selectOption('6');
    const june = await visibleRows(page).count();
    expect(june).toBeGreaterThan(0);
    expect(june).toBeLessThan(119);
    await expect(count).toHaveText(new RegExp(`显示 ${june} / 119 条`));
    for (const date of await visibleRows(page).locator('td:nth-child(2)').allTextContents()) expect(date).toMatch(/^2022-06-/);

    await filter.getByLabel('发布月份').selectOption('');
    await filter.getByLabel('发文部门').selectOption('商务部');
    const commerce = await visibleRows(page).locator('td:nth-child(1)').allTextContents();
    expect(commerce.length).toBeGreaterThan(0);
    for (const dept of commerce) expect(dept).toContain('商务部');

    await filter.getByLabel('发文部门').selectOption('');
    await filter.getByLabel('文字').fill('反垄断');
    await expect(visibleRows(page).first()).toContainText('反垄断');
    for (const row of await visibleRows(page).allTextContents()) expect(row).toContain('反垄断');

    await filter.getByLabel('文字').fill('没有这样的法规');
    await expect(visibleRows(page)).toHaveCount(0);
    await expect(filter).toContainText('没有符合条件的法规政策');

    const clear = filter.getByRole('button', { name: '清除筛选' });
    await (name === 'phone' ? clear.tap() : clear.click());
    await expect(count).toHaveText(/显示 119 \/ 119 条/);
    await expect(visibleRows(page)).toHaveCount(119);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('appendix A is complete and the filter slot is empty', async ({ page }) => {
    await page.goto('/chapters/appendix-a');
    await expect(page.locator('#tbl-a-1 tbody tr')).toHaveCount(119);
    await expect(visibleRows(page)).toHaveCount(119);
    await expect(page.getByRole('search', { name: '筛选法规政策' })).toHaveCount(0);
  });
});
