import type { PhrasingContent, Root, RootContent, Table, TableCell } from 'mdast';
import type { ContainerDirective, TextDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

/**
 * The report's tables as data, read from a chapter's Markdown (lib/content/FORMAT.md: a `:::table{#id}`
 * container whose first paragraph is the caption and whose last `数据来源/资料来源` paragraph is the
 * source). Pure: the caller reads the files.
 */

/** A number inside a cell, as the content build marked it (`:num[reading]{#id raw unit status}`). */
export interface CellNumber {
  id: string;
  raw: string;
  reading: string;
  unit: string;
  status: string;
}

export interface TableCellData {
  /** The cell as a reader sees it: numbers shown as their readings. */
  text: string;
  numbers: CellNumber[];
}

export interface ReportTable {
  id: string;
  slug: string;
  /** `表1-1 …`; null for appendix A, which the report prints without one (its heading names it). */
  caption: string | null;
  source: string | null;
  columns: string[];
  rows: TableCellData[][];
}

/** Statuses whose reading the text does not prove: a download must say so beside the value. */
export const UNPROVEN_STATUSES: ReadonlySet<string> = new Set(['inferred', 'unsettled']);

const SOURCE = /^(数据来源|资料来源)/;

export function extractTables(slug: string, markdown: string): ReportTable[] {
  const tree = unified().use(remarkParse).use(remarkGfm).use(remarkDirective).parse(markdown) as Root;
  const tables: ReportTable[] = [];
  visit(tree, 'containerDirective', (node: ContainerDirective) => {
    if (node.name !== 'table') return;
    const id = node.attributes?.id;
    const table = node.children.find((c): c is Table => c.type === 'table');
    if (!id || !table) throw new Error(`chapter ${slug}: a :::table container without an id or a table (${id ?? 'no id'})`);
    const first = node.children[0];
    const last = node.children[node.children.length - 1];
    const caption = first?.type === 'paragraph' ? cellText(first.children) : null;
    const source = last?.type === 'paragraph' && SOURCE.test(toString(last)) && last !== first ? cellText(last.children) : null;
    const [header, ...body] = table.children;
    tables.push({
      id,
      slug,
      caption,
      source,
      columns: header.children.map((c) => cellText(c.children)),
      rows: body.map((row) => row.children.map(cellData)),
    });
  });
  return tables;
}

function cellData(cell: TableCell): TableCellData {
  const numbers: CellNumber[] = [];
  visit(cell, 'textDirective', (node: TextDirective) => {
    if (node.name !== 'num') return;
    const a = node.attributes ?? {};
    numbers.push({ id: a.id ?? '', raw: a.raw ?? '', reading: toString(node), unit: a.unit ?? '', status: a.status ?? '' });
  });
  return { text: cellText(cell.children), numbers };
}

/** Text with footnote markers dropped (a download carries values, not the reader's note links). */
function cellText(children: (PhrasingContent | RootContent)[]): string {
  return children
    .map((c) => (c.type === 'footnoteReference' ? '' : toString(c)))
    .join('')
    .trim();
}
