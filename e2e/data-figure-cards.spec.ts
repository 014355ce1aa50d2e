import { expect, test } from '@playwright/test';
import { DESKTOP_AND_PHONE, describeOnEach } from './helpers/reader';

describeOnEach(DESKTOP_AND_PHONE, (name) => {
  test("figure 1-1's card quotes the sentence that cites it and links that paragraph", async ({ page }) => {
    await page.goto('/chapters/1#fig-1-1');
    const card = page.locator('#fig-1-1');
    await expect(card).toContainText('图表图像未包含在报告的原文文本中');
    await expect(card).toContainText('数据来源：国家统计局');
    const link = card.locator('a.figure-citation').filter({ hasText: '（见图1-1）' });
    await expect(link).toHaveCount(1);
    const href = await link.getAttribute('href');
    expect(href).toMatch(/^#sec-1-1-1-p\d+$/);
    const paragraph = page.locator(href!);
    await expect(paragraph).toContainText('见图1-1');
    await (name === 'phone' ? link.tap() : link.click());
    await expect(page).toHaveURL(new RegExp(`${href}$`));
    await expect(paragraph).toBeInViewport();
  });
});
