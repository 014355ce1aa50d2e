import type { Element } from 'hast';
import { s } from 'hastscript';
import { type ChartPanel, isUnproven } from './chart-data';

/**
 * One panel as a horizontal bar chart, SVG in hast (no DOM, no script: it renders on the server, prints,
 * and follows the theme because every colour is a class styled with the site's CSS variables, with
 * currentColor as the fallback). Values may be negative (a fall in growth): bars then grow left from a
 * zero line. A value the text does not prove is hatched, not solid (the key under the chart says so), and
 * its text alternative and data table say 推断.
 */
// 400 units wide: on a 390 px phone the text is about 11.5 px, on a desktop (max-width 32rem) about 16 px.
export const LAYOUT = { width: 400, rowHeight: 26, barHeight: 16, top: 8, bottom: 8, fontSize: 13, gap: 8 } as const;

/** CJK characters are about one em wide, Latin digits about half. */
function textWidth(text: string, fontSize: number): number {
  let w = 0;
  for (const ch of text) w += /[\u0000-\u00ff]/.test(ch) ? 0.6 : 1;
  return w * fontSize;
}

/** What the chart prints beside a bar; whether it is inferred, the hatching says (and the key under the chart). */
export function valueText(reading: string, unit: string): string {
  return `${reading}${unit}`;
}

export function formatValue(reading: string, unit: string, unproven: boolean): string {
  return `${reading}${unit}${unproven ? '（推断）' : ''}`;
}

export interface BarGeometry {
  labelWidth: number;
  /** Room for the longest printed value (`7889.9亿元`) right of the bars. */
  valueWidth: number;
  /** x of a value, in the viewBox. */
  x: (value: number) => number;
  zeroX: number;
  height: number;
}

export function geometry(panel: ChartPanel): BarGeometry {
  const { width, rowHeight, top, bottom, fontSize, gap } = LAYOUT;
  const labelWidth = Math.min(170, Math.max(...panel.values.map((v) => textWidth(v.label, fontSize))) + 10);
  const valueWidth = Math.max(...panel.values.map((v) => textWidth(valueText(v.reading, panel.unit), fontSize))) + gap;
  const values = panel.values.map((v) => v.value);
  const min = Math.min(0, ...values);
  const max = Math.max(0, ...values);
  const plotLeft = labelWidth + 4;
  const plotWidth = width - plotLeft - valueWidth;
  const span = max - min || 1;
  const x = (v: number) => plotLeft + ((v - min) / span) * plotWidth;
  return { labelWidth, valueWidth, x, zeroX: x(0), height: top + panel.values.length * rowHeight + bottom };
}

export function barChartSvg(panel: ChartPanel, id: string, hatchId: string): Element {
  const { width, rowHeight, barHeight, top, fontSize } = LAYOUT;
  const g = geometry(panel);
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  const description = panel.values.map((v) => `${v.label} ${formatValue(v.reading, panel.unit, isUnproven(v))}`).join('；');
  const rows = panel.values.map((v, i) => {
    const y = top + i * rowHeight;
    const unproven = isUnproven(v);
    const left = Math.min(g.x(v.value), g.zeroX);
    const barWidth = Math.max(Math.abs(g.x(v.value) - g.zeroX), v.value === 0 ? 0 : 1);
    return s('g', { className: ['chart-row'] }, [
      s(
        'text',
        {
          x: g.labelWidth,
          y: y + rowHeight / 2,
          textAnchor: 'end',
          dominantBaseline: 'central',
          fill: 'currentColor',
          className: ['chart-label'],
        },
        v.label,
      ),
      s('rect', {
        x: round(left),
        y: y + (rowHeight - barHeight) / 2,
        width: round(barWidth),
        height: barHeight,
        fill: unproven ? `url(#${hatchId})` : 'currentColor',
        className: unproven ? ['chart-bar', 'chart-bar-inferred'] : ['chart-bar'],
      }),
      s(
        'text',
        {
          x: width - 2,
          y: y + rowHeight / 2,
          textAnchor: 'end',
          dominantBaseline: 'central',
          fill: 'currentColor',
          className: ['chart-value'],
        },
        valueText(v.reading, panel.unit),
      ),
    ]);
  });
  const hasNegative = panel.values.some((v) => v.value < 0);
  return s(
    'svg',
    {
      viewBox: `0 0 ${width} ${g.height}`,
      role: 'img',
      ariaLabelledBy: [titleId, descId],
      className: ['chart-svg'],
      fontSize,
    },
    [
      s('title', { id: titleId }, panel.name),
      s('desc', { id: descId }, description),
      s('defs', [
        s('pattern', { id: hatchId, width: 6, height: 6, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' }, [
          s('rect', { width: 6, height: 6, className: ['chart-hatch-bg'], fill: 'none' }),
          s('line', { x1: 0, y1: 0, x2: 0, y2: 6, stroke: 'currentColor', strokeWidth: 3, className: ['chart-hatch-line'] }),
        ]),
      ]),
      ...rows,
      ...(hasNegative
        ? [
            s('line', {
              x1: round(g.zeroX),
              y1: 2,
              x2: round(g.zeroX),
              y2: g.height - 2,
              stroke: 'currentColor',
              className: ['chart-zero'],
            }),
          ]
        : []),
    ],
  );
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
