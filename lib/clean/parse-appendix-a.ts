import { SourceError } from './errors';
import { joinCellLines, namesShownAlone } from './appendix-a-cells';
import { APPENDIX_A_DEPARTMENT_LINE, APPENDIX_A_MAX_DOC_NO_WIDTH, displayWidth } from './page-geometry';
import { removeLetterSpacing } from './letter-spacing';
import type { ParsedTable } from './parse-flat-table';
import type { SourceLine } from './source-lines';

/**
 * Appendix A (附录A 电子商务法律法规政策汇编, G1 in SOURCE-NOTES): 119 rows of 发文部门 / 发布日期 / 文号 / 名称.
 * The extractor emitted each row's cells one after another, every cell wrapped on its own column width
 * (发文部门 ≈11 units, 文号 ≈13, 名称 ≈17), so a row is a run of lines, not one line. What anchors a row is
 * its date: every row has exactly one 8-digit full-width date (`２０２２０６２４`, separators lost).
 * - Usually the date line is `发文部门 日期 [文号] [名称]`.
 * - When the department wraps to two lines, both come BEFORE a line that starts with the date
 *   (6555 `全国人民代表大会常务委` ⏎ `员会` ⏎ `２０２２０６２４`; 6983 `商务部 中国出口信用保险` ⏎ `公司` ⏎
 *   `２０２２０２２１ 商财函 …`). Those two lines must be taken from the tail of the previous row's 名称.
 * - Every 文号 ends in `号` (`…令第` ⏎ `１１６号`, `…〔２０２２〕１５４` ⏎ `号`, `…公告２０２２` ⏎ `年第１５号`);
 *   some rows have none (6613 中共中央、国务院, 6955, 7349, 7414, 7419, 7486, 7494, 7505, 7515).
 * - The space the source sets between co-issuers (6804 `发展改革委 商务部`, 7118 `农业农村部 财政部 …`)
 *   survives letter-spacing removal, which only joins where a single character stands alone.
 */
export const APPENDIX_A_HEADER = ['发文部门', '发布日期', '文号', '名称'];

const DATE = /(?:^| )([０-９]{8})(?= |$)/;
/** The header `发文部门 发布日期 文\u3000号 名\u3000称` and the page mark ` 续\u3000表` repeat on every page. */
const FURNITURE = new Set(['发文部门发布日期文号名称', '续表']);
/** Column widths: page-geometry.ts. A 文号 wraps over four lines at most. */
const FULL_DEPARTMENT_LINE = APPENDIX_A_DEPARTMENT_LINE;
const MAX_DOC_NO_WIDTH = APPENDIX_A_MAX_DOC_NO_WIDTH;
const MAX_DOC_NO_LINES = 4;
/** Text on the date line after the date is a 文号 (not the start of a 名称) when it looks like one. */
const DOC_NO_LIKE = /号$|〔|令|公告/;

const width = (line: SourceLine) => displayWidth(removeLetterSpacing(line.text));

interface Item {
  line: SourceLine;
  /** The line follows a repeated header: no row continues across it. */
  afterHeader: boolean;
}

function isoDate(digits: string, line: SourceLine): string {
  const ascii = digits.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  const [y, m, d] = [ascii.slice(0, 4), ascii.slice(4, 6), ascii.slice(6, 8)];
  if (Number(m) < 1 || Number(m) > 12 || Number(d) < 1 || Number(d) > 31) {
    throw new SourceError(`appendix A date ${digits} is not a calendar date`, line.no);
  }
  return `${y}-${m}-${d}`;
}

function contentItems(lines: readonly SourceLine[]): Item[] {
  const items: Item[] = [];
  let afterHeader = true;
  for (const line of lines) {
    if (FURNITURE.has(line.text.replace(/[ \u3000]/g, ''))) {
      afterHeader = true;
      continue;
    }
    items.push({ line, afterHeader });
    afterHeader = false;
  }
  return items;
}

/** Index of the first line of each row: the date line, or the 1–2 department lines wrapped before it. */
function rowStarts(items: readonly Item[], dateAt: readonly number[]): number[] {
  return dateAt.map((at, k) => {
    const line = items[at]!.line;
    if (line.text.search(DATE) !== 0) return at;
    const floor = k === 0 ? 0 : dateAt[k - 1]! + 1;
    const last = at - 1;
    if (last < floor) throw new SourceError('appendix A row has no 发文部门 before its date', line.no);
    const first = items[last - 1];
    const wrapped =
      !items[last]!.afterHeader &&
      last - 1 >= floor &&
      first !== undefined &&
      width(first.line) >= FULL_DEPARTMENT_LINE.min &&
      width(first.line) <= FULL_DEPARTMENT_LINE.max;
    return wrapped ? last - 1 : last;
  });
}

/** Splits the lines after the date into 文号 and 名称. */
function splitDocNo(rest: string, after: readonly SourceLine[], dateLine: SourceLine): [string[], string[]] {
  if (rest && !DOC_NO_LIKE.test(rest)) return [[], [rest, ...after.map((l) => l.text)]];
  if (rest.endsWith('号')) return [[rest], after.map((l) => l.text)];
  const docNo = rest ? [rest] : [];
  for (let i = 0; i < Math.min(after.length, MAX_DOC_NO_LINES); i += 1) {
    const text = after[i]!.text.trim();
    if (width(after[i]!) > MAX_DOC_NO_WIDTH) break;
    if (text.endsWith('号')) {
      return [[...docNo, ...after.slice(0, i + 1).map((l) => l.text)], after.slice(i + 1).map((l) => l.text)];
    }
  }
  if (rest) throw new SourceError(`appendix A 文号 "${rest}" never ends in 号`, dateLine.no);
  return [[], after.map((l) => l.text)];
}

export function parseAppendixA(lines: readonly SourceLine[]): ParsedTable {
  const items = contentItems(lines);
  const dateAt: number[] = [];
  items.forEach((item, i) => {
    const dates = item.line.text.match(new RegExp(DATE.source, 'g')) ?? [];
    if (dates.length > 1) throw new SourceError('appendix A line has two dates', item.line.no);
    if (dates.length === 1) dateAt.push(i);
  });
  if (dateAt.length === 0) throw new SourceError('appendix A has no dated rows', lines[0]?.no);
  const starts = rowStarts(items, dateAt);
  if (starts[0] !== 0) {
    throw new SourceError('appendix A has text before its first row', items[0]!.line.no);
  }
  // Each row's cells as their wrapped lines first: which names stand alone shows only across all rows.
  const cells = dateAt.map((at, k) => {
    const dateLine = items[at]!.line;
    const end = k + 1 < starts.length ? starts[k + 1]! : items.length;
    const match = DATE.exec(dateLine.text)!;
    const before = dateLine.text.slice(0, match.index).trim();
    const rest = dateLine.text.slice(match.index + match[0].length).trim();
    const department = [...items.slice(starts[k], at).map((i) => i.line.text), before];
    const after = items.slice(at + 1, end).map((i) => i.line);
    const [docNo, name] = splitDocNo(rest, after, dateLine);
    return { dateLine, date: isoDate(match[1]!, dateLine), department, docNo, name };
  });
  const names = namesShownAlone(cells.flatMap((c) => [c.department, c.name]));
  const rows = cells.map(({ dateLine, date, department, docNo, name }) => {
    const row = [joinCellLines(department, names), date, joinCellLines(docNo, names), joinCellLines(name, names)];
    if (!row[0]) throw new SourceError('appendix A row has an empty 发文部门', dateLine.no);
    if (!row[3]) throw new SourceError('appendix A row has an empty 名称', dateLine.no);
    return row;
  });
  return { header: [...APPENDIX_A_HEADER], rows };
}
