import { csvWithBom } from './csv';
import { type ReportTable, type TableCellData, UNPROVEN_STATUSES } from './report-tables';

/**
 * A table as a spreadsheet: one column per table column, each cell its reading; and, beside every
 * column that holds a number the text does not prove, a column saying so with the source's digits,
 * so that an inferred reading never travels as a clean value.
 */
export const NOTE_SUFFIX = '（读数说明）';

const STATUS_WORD: Record<string, string> = { inferred: '推断', unsettled: '未定' };

/** `推断：原文数字260`, or '' for a cell whose numbers are all proven (or that holds none). */
export function cellNote(cell: TableCellData): string {
  return cell.numbers
    .filter((n) => UNPROVEN_STATUSES.has(n.status))
    .map((n) => `${STATUS_WORD[n.status] ?? n.status}：原文数字${n.raw}`)
    .join('；');
}

function noteColumns(table: ReportTable): Set<number> {
  const out = new Set<number>();
  for (const row of table.rows) row.forEach((cell, i) => cellNote(cell) && out.add(i));
  return out;
}

export function tableRows(table: ReportTable): string[][] {
  const notes = noteColumns(table);
  const header = table.columns.flatMap((c, i) => (notes.has(i) ? [c, `${c}${NOTE_SUFFIX}`] : [c]));
  const body = table.rows.map((row) => row.flatMap((cell, i) => (notes.has(i) ? [cell.text, cellNote(cell)] : [cell.text])));
  return [header, ...body];
}

export function tableCsv(table: ReportTable): string {
  return csvWithBom(tableRows(table));
}

export interface TableJson {
  id: string;
  caption: string | null;
  source: string | null;
  permalink: string;
  columns: string[];
  /** Each cell: its text, and its numbers with raw digits and status (inferred/unsettled = not proven). */
  rows: TableCellData[][];
}

export function tableJson(table: ReportTable): TableJson {
  return {
    id: table.id,
    caption: table.caption,
    source: table.source,
    permalink: `/chapters/${table.slug}#${table.id}`,
    columns: table.columns,
    rows: table.rows,
  };
}
