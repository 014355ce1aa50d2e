import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAppendixA } from '@/lib/clean/parse-appendix-a';
import { toSourceLines, type SourceLine } from '@/lib/clean/source-lines';

const FIXTURES = path.join(__dirname, '../fixtures/tables');
const SOURCE = path.join(__dirname, '../../content/source/china-ecommerce-report-2022.txt');
const cases = fs.readdirSync(FIXTURES).filter((name) => name.startsWith('appendix-a-'));
/** One row per line, so a diff of expected.json reads like the table. */
const format = (t: { header: string[]; rows: string[][] }) =>
  `{\n  "header": ${JSON.stringify(t.header)},\n  "rows": [\n${t.rows.map((r) => `    ${JSON.stringify(r)}`).join(',\n')}\n  ]\n}\n`;

/** Fixture cases are cut verbatim from the source; `UPDATE=1` rewrites expected.json from the parser. */
describe.each(cases)('%s', (name) => {
  it('parses to expected.json', () => {
    const input = fs.readFileSync(path.join(FIXTURES, name, 'input.txt'), 'utf8');
    const actual = parseAppendixA(toSourceLines(input));
    const expectedPath = path.join(FIXTURES, name, 'expected.json');
    if (process.env.UPDATE) fs.writeFileSync(expectedPath, format(actual));
    expect(actual).toEqual(JSON.parse(fs.readFileSync(expectedPath, 'utf8')));
  });
});

/** Source lines first..last (1-based, inclusive) with their real line numbers. */
function sourceLines(first: number, last: number): SourceLine[] {
  const text = fs
    .readFileSync(SOURCE, 'utf8')
    .split(/\r?\n/)
    .slice(first - 1, last)
    .join('\n');
  return toSourceLines(text).map((line) => ({
    ...line,
    no: line.no + first - 1,
  }));
}

describe('parseAppendixA on the whole appendix (6553–7523)', () => {
  const table = parseAppendixA(sourceLines(6553, 7523));
  const byDate = (date: string, docNo: string) => table.rows.find((r) => r[1] === date && r[2] === docNo);

  it('finds all 119 rows under the 4-column header', () => {
    expect(table.header).toEqual(['发文部门', '发布日期', '文号', '名称']);
    expect(table.rows).toHaveLength(119);
    expect(table.rows.every((row) => row.length === 4)).toBe(true);
  });

  it('gives every row a 2022 date, and the dates cover all 12 months', () => {
    for (const row of table.rows) expect(row[1]).toMatch(/^2022-\d\d-\d\d$/);
    const months = new Set(table.rows.map((row) => row[1]!.slice(5, 7)));
    expect([...months].sort()).toEqual(['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12']);
  });

  it('drops the repeated headers and 续表 marks, and leaves no department or 名称 empty', () => {
    // A bare `续` cannot be banned: 持续 (6737) is part of a 名称.
    for (const cell of table.rows.flat()) expect(cell).not.toMatch(/发文部门|发布日期|续[ \u3000]*表/);
    expect(table.rows.flat().filter((cell) => cell.includes('续'))).toEqual(['国务院办公厅关于进一步释放消费潜力促进消费持续恢复的意见']);
    for (const row of table.rows) {
      expect(row[0]).not.toBe('');
      expect(row[3]).not.toBe('');
      expect(row[2]).toMatch(/^$|号$/);
    }
  });

  it('reads the first row, whose department wraps before a lone date (6555–6563)', () => {
    expect(table.rows[0]).toEqual([
      '全国人民代表大会常务委员会',
      '2022-06-24',
      '中华人民共和国主席令第１１６号',
      '中华人民共和国反垄断法 (２０２２修正)',
    ]);
  });

  it('reads the two rows whose date starts the 文号 line (6986, 7455)', () => {
    // Spaces between two multi-character words are kept: they separate co-issuers (商务部 中国出口信用保险公司).
    expect(byDate('2022-02-21', '商财函 〔２０２２〕５４号')).toEqual([
      '商务部 中国出口信用保险公司',
      '2022-02-21',
      '商财函 〔２０２２〕５４号',
      '商务部\u3000中国出口信用保险公司关于加大出口信用保险支持 做好跨周期调节进一步稳外贸的工作通知',
    ]);
    expect(byDate('2022-08-01', '国邮发 〔２０２２〕３１号')).toEqual([
      '邮政局 人力资源社会保障部',
      '2022-08-01',
      '国邮发 〔２０２２〕３１号',
      '国家邮政局 人力资源社会保障部关于印发 «邮政快递业职业技能提升工程实施方案»的通知',
    ]);
  });

  it('keeps the space between co-issuers where a name wraps after its first character (7163 `邮政局 国` ⏎ `铁集团`)', () => {
    expect(byDate('2022-04-07', '交运发 〔２０２２〕４９号')![3]).toBe(
      '交通运输部 铁路局 民航局 邮政局 国铁集团关于加快推进冷链物流运输高质量发展的实施意见',
    );
  });

  it('puts the space back where a line ends between two names the table shows alone elsewhere (民政部 ⏎ 财政部)', () => {
    const name = byDate('2022-11-01', '国市监质发 〔２０２２〕９５号')![3];
    expect(name).toContain('工业和信息化部 民政部 财政部 住房城乡建设部 交通运输部 农业农村部 商务部');
    expect(byDate('2022-10-31', '')![3]).toContain('中央网信办 文化和旅游部 广电总局 银保监会');
  });

  it('still joins a letter-spaced line and keeps its ideographic-space separator (7155)', () => {
    expect(byDate('2022-01-24', '交科技发 〔２０２２〕１１号')![3]).toMatch(/^交通运输部\u3000科学技术部关于印发/);
  });

  it('reads rows without a 文号, with the 名称 on the date line or after it', () => {
    expect(table.rows.filter((row) => row[2] === '')).toHaveLength(9);
    expect(byDate('2022-12-15', '')).toEqual(['发展改革委', '2022-12-15', '', '“十四五”扩大内需战略实施方案']);
    expect(byDate('2022-12-02', '')).toEqual(['中共中央、国务院', '2022-12-02', '', '关于构建数据基础制度更好发挥数据要素作用的意见']);
    expect(byDate('2022-10-28', '')).toEqual(['最高人民法院', '2022-10-28', '', '最高人民法院关于人民法院涉外审判工作情况的报告']);
  });

  it('joins a letter-spaced 文号 wrapped before its 号 (7002–7010) and a 4-line 文号 (6909–6919)', () => {
    expect(byDate('2022-06-14', '商办服贸函〔２０２２〕１５４号')?.[3]).toBe(
      '商务部等１１部门办公厅关于抓好促进餐饮业恢复发展扶持政策贯彻落实工作的通知',
    );
    expect(table.rows.find((row) => row[1] === '2022-11-25')).toEqual([
      '国家互联网信息办公室等',
      '2022-11-25',
      '国家互联网信息办公室、中华人民共和国工业和信息化部、中华人民共和国公安部令第１２号',
      '互联网信息服务深度合成管理规定',
    ]);
  });

  it("keeps the last row, ending on the appendix's last line", () => {
    expect(table.rows.at(-1)).toEqual([
      '最高人民法院',
      '2022-12-26',
      '法发 〔２０２２〕３５号',
      '最高人民法院关于为促进消费提供司法服务和保障的意见',
    ]);
  });
});

describe('parseAppendixA rules on synthetic rows', () => {
  const lines = (...texts: string[]) => toSourceLines(texts.join('\n\n'));

  it('keeps a space where a wrap joins two Latin words', () => {
    const table = parseAppendixA(lines('商务部 ２０２２０１０１ 商电函 〔２０２２〕１号', '关于 Digital', 'Economy的通知'));
    expect(table.rows[0]![3]).toBe('关于 Digital Economy的通知');
  });

  it('takes a second department line back only when it fills the department column', () => {
    const table = parseAppendixA(
      lines(
        '国务院 ２０２２０１０１ 国发 〔２０２２〕１号',
        '某某条例',
        '(２０２２修订)',
        '商务部',
        '２０２２０２０１',
        '商务部令第１号',
        '某某办法',
      ),
    );
    expect(table.rows.map((row) => [row[0], row[3]])).toEqual([
      ['国务院', '某某条例(２０２２修订)'],
      ['商务部', '某某办法'],
    ]);
  });

  it('throws with the line number when a 文号 never ends in 号', () => {
    expect(() => parseAppendixA(lines('商务部 ２０２２０１０１ 商电函 〔２０２２〕', '关于开展工作的通知'))).toThrow(/line 1\b/);
  });

  it('throws when a row has no 名称', () => {
    expect(() => parseAppendixA(lines('商务部 ２０２２０１０１ 商电函 〔２０２２〕１号', '国务院 ２０２２０１０２'))).toThrow(
      /line 1: .*名称/,
    );
  });

  it('throws on an impossible date', () => {
    expect(() => parseAppendixA(lines('商务部 ２０２２１３０１', '关于开展工作的通知'))).toThrow(/line 1\b/);
  });
});
