import fs from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { phone } from './helpers/reader';

/** Data rows per table, as the report prints them (appendix A: the 119 laws and policies of 2022). */
const TABLE_ROWS: Record<string, number> = { 'tbl-1-1': 19, 'tbl-5-1': 29, 'tbl-8-1': 7, 'tbl-9-1': 93, 'tbl-a-1': 119 };

async function downloadText(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const file = await download.path();
  return { name: download.suggestedFilename(), text: fs.readFileSync(file, 'utf8') };
}

function rowsOf(text: string): string[][] {
  expect(text.charCodeAt(0)).toBe(0xfeff);
  return parse(text.slice(1)) as string[][];
}

test('/data lists every table as CSV and JSON with a size, and each CSV downloads as UTF-8 with its rows', async ({ page }) => {
  await page.goto('/data');
  const list = page.getByRole('list', { name: '数据文件' });
  await expect(list.getByRole('listitem')).toHaveCount(Object.keys(TABLE_ROWS).length * 2 + 3);
  await expect(page.getByText('权利归商务部所有')).toBeVisible();
  for (const [id, count] of Object.entries(TABLE_ROWS)) {
    const item = list.getByRole('listitem').filter({ hasText: `${id}.csv` });
    await expect(item.locator('.data-file-size')).toHaveText(/^\d+(\.\d)? (B|KB|MB)$/);
    const { name, text } = await downloadText(page, () => item.getByRole('link').click());
    expect(name).toBe(`${id}.csv`);
    const rows = rowsOf(text);
    expect(rows.length - 1).toBe(count);
    const bytes = Number(await item.locator('.data-file-size').getAttribute('data-bytes'));
    expect(Buffer.byteLength(text, 'utf8')).toBe(bytes);
  }
});

test('numbers.csv has a row per number with its status and permalink; the JSON files parse', async ({ page, request }) => {
  const csv = await request.get('/data/numbers.csv');
  expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8');
  const [header, ...rows] = rowsOf(await csv.text());
  expect(header.slice(0, 5)).toEqual(['id', 'part', 'section', 'context', 'raw']);
  const outline = await (await request.get('/data/outline.json')).json();
  const total = outline.parts.reduce((n: number, p: { numbers: unknown[] }) => n + p.numbers.length, 0);
  expect(rows).toHaveLength(total);
  const permalink = rows[0][header.indexOf('permalink')];
  await page.goto(permalink);
  await expect(page.locator(`#${permalink.split('#')[1]}`)).toBeVisible();
  const table = await (await request.get('/data/tables/tbl-1-1.json')).json();
  expect(table.rows).toHaveLength(TABLE_ROWS['tbl-1-1']);
  expect((await request.get('/data/tables/tbl-0-0.csv')).status()).toBe(404);
});

test("table 1-1's caption links its CSV, whose inferred growth figures carry a note with the raw digits", async ({ page }) => {
  await page.goto('/chapters/1#tbl-1-1');
  const { text } = await downloadText(page, () => page.locator('#tbl-1-1').getByRole('link', { name: '下载表1-1（CSV）' }).click());
  const [header, first] = rowsOf(text);
  expect(header).toContain('网络零售额同比增长（%）（读数说明）');
  expect(first[header.indexOf('网络零售额同比增长（%）（读数说明）')]).toMatch(/^推断：原文数字\d+$/);
});

test.describe('on a phone', () => {
  test.use(phone);

  test("appendix A's CSV downloads from its table with a tap: 119 rows, starting with the BOM", async ({ page }) => {
    await page.goto('/chapters/appendix-a');
    const { text } = await downloadText(page, () => page.locator('#tbl-a-1').getByRole('link', { name: '下载本表（CSV）' }).tap());
    expect(rowsOf(text).length - 1).toBe(119);
  });
});
