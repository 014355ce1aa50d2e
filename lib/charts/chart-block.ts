import type { Element } from 'hast';
import { h } from 'hastscript';
import { barChartSvg, formatValue } from './bar-chart';
import { type Chart, isUnproven } from './chart-data';

/**
 * A chart as the reader shows it: a captioned block that says which table or text it draws, one SVG per
 * panel, a key for hatched (inferred) bars when there are any, and the numbers as a table one click away
 * (a <details>, open in print). Everything is server-rendered HTML; nothing needs JavaScript.
 */
export function chartBlock(chart: Chart): Element {
  const id = `chart-${chart.blockId}`;
  const anyUnproven = chart.panels.some((p) => p.values.some(isUnproven));
  const from = chart.sourceParagraphId
    ? [chart.drawnFrom, '（', h('a', { href: `#${chart.sourceParagraphId}` }, '见所据段落'), '）']
    : [chart.drawnFrom];
  // role=figure on a div: the chart sits inside the report's own <figure>, and nests without a second one.
  return h('div', { id, className: ['chart'], role: 'figure', ariaLabelledBy: [`${id}-caption`] }, [
    // The block's own caption names what is drawn; this one says that it is a drawing, and of what.
    h('p', { id: `${id}-caption`, className: ['chart-caption'] }, [
      h('span', { className: ['chart-kind'] }, '图示'),
      h('span', { className: ['sr-only'] }, ` ${chart.label} ${chart.title}`),
      ' · ',
      h('span', { className: ['chart-from'] }, from),
    ]),
    ...chart.panels.map((panel, i) =>
      h('div', { className: ['chart-panel'] }, [
        h('p', { className: ['chart-panel-title'] }, `${panel.name}（${panel.unit}）`),
        barChartSvg(panel, `${id}-${i + 1}`, `${id}-${i + 1}-hatch`),
      ]),
    ),
    ...(anyUnproven
      ? [
          h('p', { className: ['chart-key'] }, [
            h('span', { className: ['chart-key-swatch'], ariaHidden: 'true' }),
            '斜线条：读数系推断（原文小数点缺失，文字无法确定其位置），数据表中注“推断”。',
          ]),
        ]
      : []),
    dataTable(chart, id),
  ]);
}

function dataTable(chart: Chart, id: string): Element {
  const labels = chart.panels[0]?.values.map((v) => v.label) ?? [];
  return h('details', { className: ['chart-data'] }, [
    h('summary', '数据表'),
    h('table', { id: `${id}-data` }, [
      h('thead', [h('tr', [h('th', '项目'), ...chart.panels.map((p) => h('th', { className: ['num-col'] }, `${p.name}（${p.unit}）`))])]),
      h(
        'tbody',
        labels.map((label, row) =>
          h('tr', [
            h('td', label),
            ...chart.panels.map((p) => {
              const v = p.values[row];
              return h('td', { className: ['num-col'] }, v ? formatValue(v.reading, '', isUnproven(v)) : '');
            }),
          ]),
        ),
      ),
    ]),
  ]);
}
