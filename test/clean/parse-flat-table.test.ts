import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFlatTable } from '@/lib/clean/parse-flat-table';
import { toSourceLines } from '@/lib/clean/source-lines';

const FIXTURES = path.join(__dirname, '../fixtures/tables');
const cases = fs.readdirSync(FIXTURES).filter((name) => name.startsWith('table-'));
/** One row per line, so a diff of expected.json reads like the table. */
const format = (t: { header: string[]; rows: string[][] }) =>
  `{\n  "header": ${JSON.stringify(t.header)},\n  "rows": [\n${t.rows.map((r) => `    ${JSON.stringify(r)}`).join(',\n')}\n  ]\n}\n`;

/** Fixture cases are cut verbatim from the source; `UPDATE=1` rewrites expected.json from the parser. */
describe.each(cases)('%s', (name) => {
  it('parses to expected.json', () => {
    const input = fs.readFileSync(path.join(FIXTURES, name, 'input.txt'), 'utf8');
    const actual = parseFlatTable(toSourceLines(input));
    const expectedPath = path.join(FIXTURES, name, 'expected.json');
    if (process.env.UPDATE) fs.writeFileSync(expectedPath, format(actual));
    expect(actual).toEqual(JSON.parse(fs.readFileSync(expectedPath, 'utf8')));
  });
});

const lines = (...texts: string[]) => toSourceLines(texts.join('\n\n'));

describe('parseFlatTable', () => {
  it('keeps every 1-1 data row and the unit in the header labels', () => {
    const input = fs.readFileSync(path.join(FIXTURES, 'table-1-1-percent-cells-and-unit-in-header/input.txt'), 'utf8');
    const table = parseFlatTable(toSourceLines(input));
    expect(table.header).toEqual(['商品品类', '网络零售额占比 (％)', '网络零售额同比增长 (％)']);
    expect(table.rows).toHaveLength(19);
    expect(table.rows[7]).toEqual(['家具', '５３３％', '－２５０％']);
  });

  it('carries the 9-1 province down its ranks, across 续表, and handles the lone last province', () => {
    const input = fs.readFileSync(path.join(FIXTURES, 'table-9-1-continues-after-续表/input.txt'), 'utf8');
    const table = parseFlatTable(toSourceLines(input));
    expect(table.header).toEqual(['省份', '商品类目名称', '排名']);
    expect(table.rows).toHaveLength(31 * 3);
    expect(table.rows.slice(66, 72)).toEqual([
      ['四川省', '服装鞋帽、针纺织品', '１'],
      ['四川省', '粮油、食品', '２'],
      ['四川省', '日用品', '３'],
      ['贵州省', '烟酒', '１'],
      ['贵州省', '粮油、食品', '２'],
      ['贵州省', '日用品', '３'],
    ]);
    expect(table.rows.at(-1)).toEqual(['新疆维吾尔自治区', '日用品', '３']);
    expect(table.rows.flat().join('')).not.toMatch(/续|省份/);
  });

  it('removes letter-spacing inside a text cell and \\u3000 inside header labels', () => {
    const table = parseFlatTable(lines('专业\u3000名称 数量 变化', '电 子 商 务 专 业 １５４６ 增加７０'));
    expect(table).toEqual({
      header: ['专业名称', '数量', '变化'],
      rows: [['电子商务专业', '１５４６', '增加７０']],
    });
  });

  it('throws with the line number when a row lacks a cell', () => {
    expect(() => parseFlatTable(lines('专业名称 院校数量统计 较２０２１年变化', '总计 ２３５２'))).toThrow(/line 3\b/);
  });

  it('throws when a 9-1 line mixes a new province with a continued one', () => {
    const rows = lines('省份 名称 排名 省份 名称 排名', '北京市 日用品 １ 天津市 日用品 １', '日用品 ２ 河北省 日用品 １');
    expect(() => parseFlatTable(rows)).toThrow(/line 5\b/);
  });

  it('throws when a 9-1 rank is out of sequence', () => {
    const rows = lines('省份 名称 排名 省份 名称 排名', '北京市 日用品 １ 天津市 日用品 １', '日用品 ３ 日用品 ２');
    expect(() => parseFlatTable(rows)).toThrow(/line 5: .*rank/);
  });
});
