/**
 * Narrowing appendix A's 119 laws by issuing department, month and text. Pure: the island reads the rows
 * from the server-rendered table and hides the ones that do not match, so the page carries the list once
 * and stays complete without JavaScript.
 */
export interface LawRow {
  /** The 发文部门 cell split into departments: `财政部 税务总局` and `中共中央、国务院` name two each. */
  departments: string[];
  /** 1–12 from the 发布日期 cell (`2022-06-24`), or null if the cell holds no date. */
  month: number | null;
  /** Every cell, folded for matching. */
  text: string;
}

export interface LawFilter {
  department: string;
  /** '' for every month, else '1' … '12'. */
  month: string;
  text: string;
}

export const NO_FILTER: LawFilter = { department: '', month: '', text: '' };

/** Full-width and half-width letters and digits, and case, read alike: `ＲＣＥＰ` finds RCEP. */
export function fold(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

/**
 * `商务部等` is 商务部 "and others" (the report abbreviates joint issuers): the named lead department is
 * what a reader can filter by.
 */
export function splitDepartments(cell: string): string[] {
  return cell
    .split(/[\s、，,]+/)
    .map((d) => d.replace(/等$/, '').trim())
    .filter(Boolean);
}

const DATE = /(\d{4})-(\d{2})-(\d{2})/;

/** `cells` = 发文部门, 发布日期, 文号, 名称, as the table prints them. */
export function lawRow(cells: readonly string[]): LawRow {
  const [department = '', date = ''] = cells;
  const m = DATE.exec(date);
  return { departments: splitDepartments(department), month: m ? Number(m[2]) : null, text: fold(cells.join(' ')) };
}

export function matchesLaw(row: LawRow, filter: LawFilter): boolean {
  if (filter.department && !row.departments.includes(filter.department)) return false;
  if (filter.month && row.month !== Number(filter.month)) return false;
  const needle = fold(filter.text);
  return !needle || row.text.includes(needle);
}

/** Departments by how many laws they issued, most first (ties in the report's order), with the counts. */
export function departmentOptions(rows: readonly LawRow[]): { department: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const r of rows) for (const d of r.departments) counts.set(d, (counts.get(d) ?? 0) + 1);
  return [...counts].map(([department, count]) => ({ department, count })).sort((a, b) => b.count - a.count);
}

/** Months that have laws, with their counts, in calendar order. */
export function monthOptions(rows: readonly LawRow[]): { month: number; count: number }[] {
  const counts = new Map<number, number>();
  for (const r of rows) if (r.month !== null) counts.set(r.month, (counts.get(r.month) ?? 0) + 1);
  return [...counts].sort((a, b) => a[0] - b[0]).map(([month, count]) => ({ month, count }));
}
