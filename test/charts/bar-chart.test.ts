import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { barChartSvg, geometry, LAYOUT } from '@/lib/charts/bar-chart';
import type { ChartPanel } from '@/lib/charts/chart-data';

// Three rows of table 1-1's growth column as the content build marks them (家具 fell, 金银珠宝 is confirmed).
const growth: ChartPanel = {
  name: '网络零售额同比增长',
  unit: '%',
  values: [
    { label: '服装鞋帽、针纺织品', value: 2.6, reading: '2.60', raw: '260', status: 'inferred' },
    { label: '家具', value: -2.5, reading: '-2.50', raw: '-250', status: 'inferred' },
    { label: '金银珠宝', value: 27.3, reading: '27.30', raw: '2730', status: 'confirmed' },
  ],
};

describe('a horizontal bar chart as SVG', () => {
  const svg = unified()
    .use(rehypeStringify)
    .stringify({ type: 'root', children: [barChartSvg(growth, 'c', 'c-hatch')] });

  it('draws one bar per value, longest for the largest, with each reading and unit printed', () => {
    const widths = [...svg.matchAll(/<rect x="[\d.]+" y="[\d.]+" width="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(widths).toHaveLength(3);
    expect(widths[2]).toBeGreaterThan(widths[0]);
    for (const t of ['2.60%', '-2.50%', '27.30%']) expect(svg).toContain(`>${t}</text>`);
  });

  it('grows a negative value left from a zero line', () => {
    const g = geometry(growth);
    expect(g.x(-2.5)).toBeLessThan(g.zeroX);
    expect(g.x(27.3)).toBeCloseTo(LAYOUT.width - g.valueWidth, 5);
    // The longest value (−2.50%, 27.30%: six Latin characters) fits right of the bars.
    expect(g.valueWidth).toBeGreaterThanOrEqual(6 * 0.6 * LAYOUT.fontSize);
    expect(svg).toContain(`<line x1="${Math.round(g.zeroX * 10) / 10}"`);
  });

  it('hatches a reading the text does not prove and fills a proven one', () => {
    expect(svg.match(/class="chart-bar chart-bar-inferred"/g)).toHaveLength(2);
    expect(svg).toContain('fill="url(#c-hatch)"');
    expect(svg).toMatch(/fill="currentColor" class="chart-bar"/);
  });

  it('has a text alternative that names every value and says which are inferred', () => {
    expect(svg).toContain('role="img" aria-labelledby="c-title c-desc"');
    expect(svg).toContain('<desc id="c-desc">服装鞋帽、针纺织品 2.60%（推断）；家具 -2.50%（推断）；金银珠宝 27.30%</desc>');
  });
});
