import { removeLetterSpacing } from './letter-spacing';
import { SourceError } from './errors';
import type { SourceLine } from './source-lines';

/**
 * Parser for the report's four body tables (E2 in SOURCE-NOTES). The extractor kept one table row per
 * line with cells separated by single ASCII spaces, so a row is a list of space-separated tokens.
 *
 * Layouts (from each table's own header line):
 * - 1-1 `商品品类 | 网络零售额占比 (％) | 网络零售额同比增长 (％)`: the `(％)` unit is a separate token in
 *   the header and is glued back onto its label.
 * - 5-1 `序号 | 国家 | 时间`: the leading number is the 序号 column (`１ 智利 ２０１６年１１月`), not a list mark.
 * - 8-1 `专业名称 | 院校数量统计 | 较２０２１年变化`, the `总计` row included as an ordinary row.
 * - 9-1 is printed as two provinces side by side (`省份 商品类目名称 排名` twice). It comes out as ONE
 *   table `省份 | 商品类目名称 | 排名`, 3 rows per province in reading order (left province, then right),
 *   the province name repeated on its rank-2 and rank-3 rows, which the source leaves blank.
 *
 * Cells stay raw (full-width digits, `％`): number normalisation is a later pass.
 */
export interface ParsedTable {
  header: string[];
  rows: string[][];
}

const DIGIT = /[０-９]/;
/** Ranks in 9-1 are bare full-width integers. */
const RANK = /^[０-９]+$/;

/** The page break inside 9-1 is marked ` 续表` (letter-spaced `续\u3000表` elsewhere). */
function isContinuationMark(text: string): boolean {
  return text.replace(/[\s\u3000]/g, '') === '续表';
}

function headerCells(text: string): string[] {
  const cells: string[] = [];
  for (const token of text.trim().split(/ +/)) {
    // `网络零售额占比 (％)`: the unit in parentheses is set after a space but belongs to the label.
    if (token.startsWith('(') && cells.length > 0) cells[cells.length - 1] += ` ${token}`;
    else cells.push(token.replace(/\u3000/g, ''));
  }
  return cells;
}

/**
 * Data tokens: a letter-spaced text cell (`服 装`) arrives as several tokens; consecutive tokens without
 * digits are merged so that the digit-bearing tokens (the values) fix the column count.
 */
function rowCells(line: SourceLine, columns: number): string[] {
  const tokens = line.text.trim().split(/ +/);
  if (tokens.length === columns) return tokens.map(removeLetterSpacing);
  const cells: string[] = [];
  let textRun = false;
  for (const token of tokens) {
    const isText = !DIGIT.test(token);
    if (isText && textRun) cells[cells.length - 1] += ` ${token}`;
    else cells.push(token);
    textRun = isText;
  }
  if (cells.length !== columns) {
    throw new SourceError(`table row has ${cells.length} cells, header has ${columns}: "${line.text}"`, line.no);
  }
  return cells.map(removeLetterSpacing);
}

/** Table body lines without the 续表 mark and the header repeated right after it. */
function bodyLines(lines: readonly SourceLine[], headerText: string): SourceLine[] {
  const body: SourceLine[] = [];
  let afterMark = false;
  for (const line of lines.slice(1)) {
    if (isContinuationMark(line.text)) {
      afterMark = true;
      continue;
    }
    if (afterMark && line.text.trim() === headerText) {
      afterMark = false;
      continue;
    }
    afterMark = false;
    body.push(line);
  }
  return body;
}

interface Province {
  name: string;
  rows: string[][];
}

/**
 * 9-1: each line holds one group `[省份] 商品类目名称 排名` per printed half. The province name is only on
 * the rank-1 line; rank 2 and 3 follow on the next lines (possibly after a page break). The last
 * province (新疆) has no right-hand partner, so a line may carry one group instead of two.
 */
function parseSideBySide(lines: readonly SourceLine[]): string[][] {
  const rows: string[][] = [];
  let open: Province[] = [];
  for (const line of lines) {
    const tokens = line.text.trim().split(/ +/);
    const groups: string[][] = [];
    let current: string[] = [];
    for (const token of tokens) {
      current.push(token);
      if (RANK.test(token)) {
        groups.push(current);
        current = [];
      }
    }
    const bad = (why: string) => new SourceError(`table 9-1 row ${why}: "${line.text}"`, line.no);
    if (current.length > 0 || groups.length === 0 || groups.length > 2) throw bad('is not 1–2 groups ending in a rank');
    const starts = groups.map((g) => g.length === 3);
    if (groups.some((g) => g.length !== 2 && g.length !== 3)) throw bad('has a group of unexpected size');
    if (starts.some((s) => s !== starts[0])) throw bad('mixes a new province with a continued one');
    if (starts[0]) {
      for (const province of open) rows.push(...province.rows);
      open = groups.map((g) => ({
        name: removeLetterSpacing(g[0]!),
        rows: [],
      }));
    } else if (open.length !== groups.length) {
      throw bad(`continues ${groups.length} province(s) but ${open.length} are open`);
    }
    groups.forEach((g, i) => {
      const province = open[i]!;
      const [category, rank] = g.slice(-2).map(removeLetterSpacing);
      const expected = String.fromCharCode(0xff10 + province.rows.length + 1);
      if (rank !== expected) throw bad(`has rank ${rank} where ${expected} was expected for ${province.name}`);
      province.rows.push([province.name, category!, rank!]);
    });
  }
  for (const province of open) rows.push(...province.rows);
  return rows;
}

export function parseFlatTable(lines: readonly SourceLine[]): ParsedTable {
  const first = lines[0];
  if (!first) throw new SourceError('table has no lines');
  const headerText = first.text.trim();
  const header = headerCells(headerText);
  const body = bodyLines(lines, headerText);
  const half = header.slice(0, header.length / 2);
  const sideBySide = header.length % 2 === 0 && header.length >= 4 && half.every((cell, i) => cell === header[half.length + i]);
  if (sideBySide) {
    if (half.length !== 3) throw new SourceError(`side-by-side header is not 省份/名称/排名: "${headerText}"`, first.no);
    return { header: half, rows: parseSideBySide(body) };
  }
  return { header, rows: body.map((line) => rowCells(line, header.length)) };
}
