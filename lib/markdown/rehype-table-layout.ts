import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { addClass, elementChildren, isElement } from './hast-helpers';

/**
 * Readable tables on any screen (app/styles/data.css does the drawing):
 * - a column whose every body cell is a number (`22.62%`, `1546`, `-2.50%`) is marked `num-col`, so it is
 *   right-aligned with tabular figures and digits line up by place value;
 * - every body cell carries its column's header as `data-label`, so a table that reflows into one card
 *   per row on a phone (appendix A) can name each field without repeating text a reader would copy or find.
 */
const NUMERIC_CELL = /^[-+−]?\d[\d,]*(\.\d+)?\s*%?$/;

function rowsOf(table: Element, section: 'thead' | 'tbody'): Element[] {
  const part = elementChildren(table).find((c) => isElement(c, section));
  return part ? elementChildren(part).filter((r) => isElement(r, 'tr')) : [];
}

function cellsOf(row: Element): Element[] {
  return elementChildren(row).filter((c) => isElement(c, 'td') || isElement(c, 'th'));
}

export function numericColumns(table: Element): Set<number> {
  const body = rowsOf(table, 'tbody').map(cellsOf);
  const width = Math.max(0, ...body.map((r) => r.length));
  const out = new Set<number>();
  for (let i = 0; i < width; i++) {
    const values = body.map((r) => (r[i] ? toString(r[i]).trim() : ''));
    if (values.length > 0 && values.every((v) => NUMERIC_CELL.test(v))) out.add(i);
  }
  return out;
}

export function rehypeTableLayout() {
  return (tree: Root) => {
    visit(tree, 'element', (table: Element) => {
      if (table.tagName !== 'table') return;
      const header = rowsOf(table, 'thead')[0];
      const labels = header ? cellsOf(header).map((c) => toString(c).trim()) : [];
      const numeric = numericColumns(table);
      if (header) cellsOf(header).forEach((c, i) => numeric.has(i) && addClass(c, 'num-col'));
      for (const row of rowsOf(table, 'tbody')) {
        cellsOf(row).forEach((cell, i) => {
          if (numeric.has(i)) addClass(cell, 'num-col');
          if (labels[i]) cell.properties = { ...cell.properties, dataLabel: labels[i] };
        });
      }
    });
  };
}
