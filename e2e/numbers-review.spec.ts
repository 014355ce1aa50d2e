import { expect, test, type Page } from '@playwright/test';
import { readOutline } from './helpers/outline';
import { phone } from './helpers/reader';

const outline = readOutline();
const chapter3 = outline.parts.find((p) => p.slug === '3')!;

async function waitForFilter(page: Page) {
  await expect(page.locator('#number-filter-count')).toContainText('显示');
}

test('the numbers index counts every part’s numbers by how they were decided and links each part', async ({ page }) => {
  await page.goto('/about/numbers');
  const total = outline.parts.reduce((n, p) => n + p.numbers.length, 0);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('数字核对清单');
  await expect(page.locator('tbody tr').last()).toContainText(String(total));
  await page.getByRole('link', { name: '第3章', exact: true }).click();
  await expect(page).toHaveURL(/\/about\/numbers\/3$/);
  await expect(page.locator('table.number-list tbody tr')).toHaveCount(chapter3.numbers.length);
});

test('a part’s list filters by class, unit and text, and links each number to its place in the chapter', async ({ page }) => {
  await page.goto('/about/numbers/3');
  await waitForFilter(page);
  const rows = page.locator('table.number-list tbody tr:visible');
  await page.getByLabel('文字').fill('消费者信心');
  await expect(rows.first()).toBeVisible();
  const texts = await page
    .locator('table.number-list tbody tr')
    .evaluateAll((trs) => trs.map((tr) => ({ hidden: (tr as HTMLElement).hidden, text: tr.textContent ?? '' })));
  expect(texts.filter((t) => !t.hidden).length).toBeGreaterThan(0);
  expect(texts.every((t) => t.hidden !== t.text.includes('消费者信心'))).toBe(true);
  await page.getByLabel('文字').fill('');
  const indexValues = chapter3.numbers.filter((n) => n.unit === '').length;
  await page.getByLabel('单位').selectOption('（无单位）');
  await expect(rows).toHaveCount(indexValues);
  await page.getByLabel('单位').selectOption('');
  await page.getByLabel('方式').selectOption('source');
  await expect(rows).toHaveCount(chapter3.numbers.filter((n) => n.status === 'confirmed' && n.basis !== 'argument').length);
  await expect(page.locator('#number-filter-count')).toContainText(`显示 ${await rows.count()} 个`);
  const first = rows.first().getByRole('link');
  const id = (await first.textContent())!;
  await first.click();
  await expect(page).toHaveURL(new RegExp(`/chapters/3#num-${id}$`));
});

test.describe('on a phone', () => {
  test.use(phone);

  test('the part list is one page a phone can open, its filter reachable by touch', async ({ page }) => {
    const response = await page.goto('/about/numbers/1');
    const html = await response!.text();
    expect(html.length).toBeLessThan(400_000);
    await waitForFilter(page);
    await page.getByLabel('方式').selectOption('marked');
    const marked = outline.parts.find((p) => p.slug === '1')!.numbers.filter((n) => n.status === 'inferred').length;
    await expect(page.locator('table.number-list tbody tr:visible')).toHaveCount(marked);
    const fits = await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
    expect(fits).toBe(true);
  });
});
