import type { Outline } from '@/lib/content/format';
import { numberRecords, numbersCsv } from './numbers-file';
import { extractTables, type ReportTable } from './report-tables';
import { tableCsv, tableJson } from './table-files';

/**
 * Every download the /data page lists, built from content/ (the outline and the chapters' Markdown).
 * One list serves the route handlers and the page, so a file is listed if and only if it is served.
 */
export interface DataFile {
  /** The URL path: `/data/tables/tbl-1-1.csv`. */
  path: string;
  title: string;
  description: string;
  contentType: string;
  body: string;
}

const CSV = 'text/csv; charset=utf-8';
const JSON_TYPE = 'application/json; charset=utf-8';

export interface ContentInput {
  outline: Outline;
  /** Chapter Markdown bodies by slug. */
  bodies: ReadonlyMap<string, string>;
}

export function reportTables({ outline, bodies }: ContentInput): ReportTable[] {
  return outline.parts.flatMap((p) => extractTables(p.slug, bodies.get(p.slug) ?? ''));
}

function tableTitle(table: ReportTable, input: ContentInput): string {
  if (table.caption) return table.caption;
  const part = input.outline.parts.find((p) => p.slug === table.slug);
  return part ? part.heading : table.id;
}

export function dataFiles(input: ContentInput): DataFile[] {
  const files: DataFile[] = [];
  for (const table of reportTables(input)) {
    const title = tableTitle(table, input);
    const rows = `${table.rows.length}行 × ${table.columns.length}列`;
    files.push({
      path: `/data/tables/${table.id}.csv`,
      title,
      description: `${rows}，UTF-8（带BOM，Excel可直接打开）；含推断数字的列旁另有“读数说明”列，注明推断与原文数字。`,
      contentType: CSV,
      body: tableCsv(table),
    });
    files.push({
      path: `/data/tables/${table.id}.json`,
      title,
      description: `${rows}；每个单元格含文字与其中数字的原文数字、读数与状态。`,
      contentType: JSON_TYPE,
      body: `${JSON.stringify(tableJson(table), null, 1)}\n`,
    });
  }
  const records = numberRecords(input.outline.parts, input.bodies);
  const numbersNote = `${records.length}个数字：编号、所在部分与小节、上下文（〖〗内为该数字）、原文数字、读数、单位、状态（settled/confirmed 已确定，inferred 推断）、依据与链接。`;
  files.push({
    path: '/data/numbers.csv',
    title: '全部数字',
    description: `${numbersNote} UTF-8（带BOM）。`,
    contentType: CSV,
    body: numbersCsv(records),
  });
  files.push({
    path: '/data/numbers.json',
    title: '全部数字',
    description: numbersNote,
    contentType: JSON_TYPE,
    body: `${JSON.stringify(records, null, 1)}\n`,
  });
  files.push({
    path: '/data/outline.json',
    title: '机器可读目录',
    description: '各部分的章节、图、表、专栏、注释、数字与网址（结构见 lib/content/format.ts）。',
    contentType: JSON_TYPE,
    body: `${JSON.stringify(input.outline)}\n`,
  });
  return files;
}
