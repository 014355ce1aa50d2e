import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { loadChapters } from '@/lib/content/chapters-fs';
import { loadOutline } from '@/lib/content/outline-fs';
import { BOM } from '@/lib/data/csv';
import { dataFiles, reportTables } from '@/lib/data/data-files';
import { extractTables } from '@/lib/data/report-tables';
import { NOTE_SUFFIX, tableCsv } from '@/lib/data/table-files';

/** Rows 1–3 of table 1-1 as content/chapters/1.md prints them (shares settled, growth inferred). */
const TABLE_1_1 = `:::table{#tbl-1-1}
表1-1 2022年全国网络零售市场各品类零售额占比及同比增速

| 商品品类 | 网络零售额占比（%） | 网络零售额同比增长（%） |
| - | - | - |
| 服装鞋帽、针纺织品 | :num[22.62]{#num-1-24 raw="2262" unit="%" status="settled"}% | :num[2.60]{#num-1-25 raw="260" unit="%" status="inferred"}% |
| 日用品 | :num[14.62]{#num-1-26 raw="1462" unit="%" status="settled"}% | :num[3.30]{#num-1-27 raw="330" unit="%" status="inferred"}% |
| 家具 | :num[5.33]{#num-1-38 raw="533" unit="%" status="settled"}% | :num[-2.50]{#num-1-39 raw="-250" unit="%" status="inferred"}% |

数据来源：商务大数据
:::
`;

function parseCsv(csv: string): string[][] {
  expect(csv.startsWith(BOM)).toBe(true);
  return parse(csv.slice(BOM.length), { relaxColumnCount: false }) as string[][];
}

describe('a table as CSV', () => {
  const [table] = extractTables('1', TABLE_1_1);

  it('reads caption, source, header and cells with numbers shown as their readings', () => {
    expect(table.caption).toBe('表1-1 2022年全国网络零售市场各品类零售额占比及同比增速');
    expect(table.source).toBe('数据来源：商务大数据');
    expect(table.columns).toEqual(['商品品类', '网络零售额占比（%）', '网络零售额同比增长（%）']);
    expect(table.rows[2][2]).toEqual({
      text: '-2.50%',
      numbers: [{ id: 'num-1-39', raw: '-250', reading: '-2.50', unit: '%', status: 'inferred' }],
    });
  });

  it('starts with a BOM and parses back to a header plus one row per table row', () => {
    const rows = parseCsv(tableCsv(table));
    expect(rows).toHaveLength(1 + 3);
    expect(rows[1][0]).toBe('服装鞋帽、针纺织品');
  });

  it('puts a note column beside a column of inferred readings, and none beside settled ones', () => {
    const [header, first] = parseCsv(tableCsv(table));
    expect(header).toEqual(['商品品类', '网络零售额占比（%）', '网络零售额同比增长（%）', `网络零售额同比增长（%）${NOTE_SUFFIX}`]);
    expect(first).toEqual(['服装鞋帽、针纺织品', '22.62%', '2.60%', '推断：原文数字260']);
  });

  it('quotes a cell holding a comma so that the columns stay where they are', () => {
    const [withComma] = extractTables('9', ':::table{#tbl-x}\n| 省份 | 品类 |\n| - | - |\n| 北京市 | 服装鞋帽,针纺织品 |\n:::\n');
    expect(tableCsv(withComma)).toContain('"服装鞋帽,针纺织品"');
    expect(parseCsv(tableCsv(withComma))[1]).toEqual(['北京市', '服装鞋帽,针纺织品']);
  });
});

describe('the generated downloads', () => {
  const outline = loadOutline();
  const bodies = new Map(loadChapters().map((c) => [c.meta.slug, c.body]));
  const input = { outline, bodies };
  const files = dataFiles(input);

  it("has one table per table of the outline, each with the outline's row and column counts", () => {
    const tables = reportTables(input);
    const expected = outline.parts.flatMap((p) => p.tables.map((t) => ({ id: t.id, rows: t.rows, columns: t.columns })));
    expect(tables.map((t) => ({ id: t.id, rows: t.rows.length, columns: t.columns.length }))).toEqual(expected);
  });

  it('lists appendix A with 119 data rows and its four columns (dates, document numbers and names)', () => {
    const file = files.find((f) => f.path === '/data/tables/tbl-a-1.csv')!;
    const rows = parseCsv(file.body);
    expect(rows[0]).toEqual(['发文部门', '发布日期', '文号', '名称']);
    expect(rows).toHaveLength(1 + 119);
    expect(rows[1]).toEqual([
      '全国人民代表大会常务委员会',
      '2022-06-24',
      '中华人民共和国主席令第116号',
      '中华人民共和国反垄断法（2022修正）',
    ]);
  });

  it('writes every number of the outline to numbers.csv with its permalink, never an inferred one without its status', () => {
    const file = files.find((f) => f.path === '/data/numbers.csv')!;
    const [header, ...rows] = parseCsv(file.body);
    const total = outline.parts.reduce((n, p) => n + p.numbers.length, 0);
    expect(rows).toHaveLength(total);
    const at = (k: string) => header.indexOf(k);
    const first = rows.find((r) => r[at('id')] === 'num-1-1')!;
    expect(first[at('raw')]).toBe('4383');
    expect(first[at('reading')]).toBe('43.83');
    expect(first[at('context')]).toContain('〖43.83〗万亿元');
    expect(first[at('permalink')]).toBe('/chapters/1#num-1-1');
    for (const r of rows) expect(['settled', 'confirmed', 'inferred', 'unsettled']).toContain(r[at('status')]);
  });

  it('serves every file at a distinct path, JSON files parsing as JSON', () => {
    expect(new Set(files.map((f) => f.path)).size).toBe(files.length);
    for (const f of files.filter((x) => x.path.endsWith('.json'))) expect(() => JSON.parse(f.body)).not.toThrow();
  });
});
