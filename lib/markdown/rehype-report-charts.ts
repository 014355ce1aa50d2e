import type { Element, ElementContent, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { chartBlock } from '@/lib/charts/chart-block';
import type { Chart, ChartPanel, ChartValue } from '@/lib/charts/chart-data';
import { CHART_SPECS, type FigureChartSpec, type TableChartSpec } from '@/lib/charts/chart-specs';
import { UI_CLASS, addClass, elementChildren, hasClass, isElement, text } from './hast-helpers';

/**
 * Draws the charts of lib/charts/chart-specs.ts into their figure and table blocks, from the numbers in
 * this very tree (a table's cells; a figure's citing sentences), so a chart can never disagree with the
 * text beside it. Runs after rehype-paragraph-ids (a figure's chart links the paragraph its numbers stand
 * in) and before rehype-num-marks (it reads the :num spans' raw digits and status). The chart is marked
 * .ui: it is a drawing of numbers the text already holds, so the find bar and copied text skip it (data.css
 * keeps it in print).
 */
interface NumberInTree {
  reading: string;
  raw: string;
  status: string;
  paragraphId: string | null;
}

function isNum(node: Element): boolean {
  return node.tagName === 'span' && hasClass(node, 'report-num');
}

function numberOf(node: Element, paragraphId: string | null): NumberInTree {
  return {
    reading: toString(node).trim(),
    raw: String(node.properties?.dataRaw ?? ''),
    status: String(node.properties?.dataStatus ?? 'unsettled'),
    paragraphId,
  };
}

function numbersById(tree: Root): Map<string, NumberInTree> {
  const out = new Map<string, NumberInTree>();
  visit(tree, 'element', (node: Element) => {
    if (node.tagName !== 'p' && node.tagName !== 'td') return;
    const paragraphId = node.tagName === 'p' && node.properties?.id ? String(node.properties.id) : null;
    visit(node, 'element', (n: Element) => {
      if (isNum(n) && n.properties?.id) out.set(String(n.properties.id), numberOf(n, paragraphId));
    });
  });
  return out;
}

/** The caption's label (`图1-4`) and title, without the injected anchor link. */
function captionParts(block: Element): { label: string; title: string } {
  const caption = elementChildren(block).find((c) => hasClass(c, 'block-caption'));
  if (!caption) return { label: '', title: '' };
  const label = caption.children.find((c): c is Element => isElement(c) && hasClass(c, 'block-label'));
  const title = caption.children
    .filter((c) => c !== label && !(isElement(c) && hasClass(c, UI_CLASS)))
    .map((c) => toString(c))
    .join('')
    .trim();
  return { label: label ? toString(label) : '', title };
}

function figurePanels(
  blockId: string,
  spec: FigureChartSpec,
  numbers: Map<string, NumberInTree>,
): { panels: ChartPanel[]; paragraphId: string | null } {
  let paragraphId: string | null = null;
  const panels = spec.panels.map((p) => ({
    name: p.name,
    unit: p.unit,
    values: p.values.map((v): ChartValue => {
      const n = numbers.get(v.numberId);
      if (!n || n.raw !== v.raw)
        throw new Error(
          `${blockId}: its chart names ${v.numberId} with source digits ${v.raw}, but the text has ${n ? `digits ${n.raw}` : 'no such number'}. The content was regenerated and its numbering moved: update lib/charts/chart-specs.ts.`,
        );
      paragraphId ??= n.paragraphId;
      return { label: v.label, value: Number(n.reading), reading: n.reading, raw: n.raw, status: n.status };
    }),
  }));
  return { panels, paragraphId };
}

const CHANGE = /^(增加|减少)(\d+)$/;

function cellValue(blockId: string, cell: Element, parse: 'change' | undefined): Omit<ChartValue, 'label'> {
  let num: Element | undefined;
  visit(cell, 'element', (n: Element) => {
    if (!num && isNum(n)) num = n;
  });
  if (num) {
    const n = numberOf(num, null);
    return { value: Number(n.reading), reading: n.reading, raw: n.raw, status: n.status };
  }
  const t = toString(cell).trim();
  // Counts (所, 个) are integers by meaning: the content build never marks them, and nothing was restored.
  if (!parse && /^\d+$/.test(t)) return { value: Number(t), reading: t, raw: t, status: 'settled' };
  const change = parse === 'change' ? CHANGE.exec(t) : null;
  if (change) {
    const value = (change[1] === '减少' ? -1 : 1) * Number(change[2]);
    return { value, reading: value > 0 ? `+${value}` : String(value), raw: change[2], status: 'settled' };
  }
  throw new Error(`${blockId}: a charted cell reads “${t}”, which is not a number. Fix lib/charts/chart-specs.ts.`);
}

function tablePanels(blockId: string, spec: TableChartSpec, table: Element): ChartPanel[] {
  const body = elementChildren(table).find((c) => isElement(c, 'tbody'));
  const rows = body ? elementChildren(body).map((r) => elementChildren(r).filter((c) => isElement(c, 'td'))) : [];
  const kept = rows.filter((cells) => !(spec.skipRows && spec.skipRows.test(toString(cells[0] ?? text('')).trim())));
  return spec.panels.map((p) => ({
    name: p.name,
    unit: p.unit,
    values: kept.map((cells) => ({ label: toString(cells[0]).trim(), ...cellValue(blockId, cells[p.column], p.parse) })),
  }));
}

function findTable(block: Element): Element | undefined {
  let table: Element | undefined;
  visit(block, 'element', (n: Element) => {
    if (!table && n.tagName === 'table') table = n;
  });
  return table;
}

/** A figure that now shows a drawing must not still say that only its caption and source are kept. */
const REDRAWN_NOTE = '图表图像未包含在报告的原文文本中；下方图示据正文所列数字重绘，并非原图。';

export function rehypeReportCharts() {
  return (tree: Root) => {
    const numbers = numbersById(tree);
    visit(tree, 'element', (block: Element) => {
      if (!hasClass(block, 'report-figure') && !hasClass(block, 'report-table')) return;
      const blockId = String(block.properties?.id ?? '');
      const spec = CHART_SPECS[blockId];
      if (!spec) return;
      const { label, title } = captionParts(block);
      let chart: Chart;
      if (spec.kind === 'figure') {
        const { panels, paragraphId } = figurePanels(blockId, spec, numbers);
        chart = { blockId, label, title, drawnFrom: '据正文数字重绘', panels, ...(paragraphId ? { sourceParagraphId: paragraphId } : {}) };
      } else {
        const table = findTable(block);
        if (!table) return;
        chart = { blockId, label, title, drawnFrom: `据${label || '本表'}绘制`, panels: tablePanels(blockId, spec, table) };
      }
      const drawing = chartBlock(chart);
      addClass(drawing, UI_CLASS);
      // Figure: after the note on the missing image; table: after the table, before its source line.
      const children = block.children as ElementContent[];
      const note = children.findIndex((c) => isElement(c) && hasClass(c, 'figure-missing'));
      const frame = children.findIndex((c) => isElement(c) && hasClass(c, 'table-frame'));
      const at = note !== -1 ? note : frame;
      if (note !== -1) (children[note] as Element).children = [text(REDRAWN_NOTE)];
      children.splice(at === -1 ? children.length : at + 1, 0, drawing);
      addClass(block, 'has-chart');
    });
  };
}
