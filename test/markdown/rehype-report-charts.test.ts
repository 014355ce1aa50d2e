import { describe, expect, it } from 'vitest';
import { fixture, render } from './render-fixture';
import { renderChapter } from '@/lib/markdown/render';

const html = render('chapter-1-table-and-regions.md', { slug: '1' }).html;
const block = (id: string) => new RegExp(`<div id="${id}" class="chart ui"[\\s\\S]*?</details></div>`).exec(html)?.[0] ?? '';

describe('charts drawn from the report’s own numbers', () => {
  it('draws table 1-1 as two panels of 19 bars, says it draws table 1-1, and hatches the inferred growth rates', () => {
    const chart = block('chart-tbl-1-1');
    expect(chart).toContain('据表1-1绘制');
    expect(chart.match(/class="chart-bar[ "]/g)).toHaveLength(38);
    // The shares are settled by their sum (100 %); 17 of the 19 growth rates are inferred, 2 confirmed.
    expect(chart.match(/chart-bar-inferred/g)).toHaveLength(17);
    expect(chart).toContain('>22.62%</text>');
    expect(chart).toContain('家具 -2.50%（推断）');
    expect(chart).toContain('斜线条：读数系推断');
  });

  it('draws figure 1-4 from the sentence that cites it, links that paragraph, and no longer says only the caption is kept', () => {
    const chart = block('chart-fig-1-4');
    expect(chart).toContain('据正文数字重绘');
    expect(chart).toMatch(/<a href="#sec-1-1-2-p\d+">见所据段落<\/a>/);
    expect(chart).toContain('东部 83.92%；中部 8.87%；西部 5.73%；东北 1.48%');
    expect(chart).toContain('东部 3.8%；中部 8.7%；西部 3.0%；东北 13.2%');
    expect(chart).not.toContain('chart-bar-inferred');
    expect(chart).not.toContain('斜线条');
    expect(html).toContain('下方图示据正文所列数字重绘，并非原图');
  });

  it('leaves figures the text does not state in full without a chart', () => {
    expect(html).toMatch(/<figure id="fig-1-5" class="report-figure[^"]*">/);
    expect(html).not.toContain('chart-fig-1-5');
  });

  it('fails the build, naming the spec, when the numbering moved under a chart', () => {
    const moved = fixture('chapter-1-table-and-regions.md').replace('raw="8392"', 'raw="8393"');
    expect(() => renderChapter(moved, { slug: '1' })).toThrow(/fig-1-4: its chart names num-1-62 with source digits 8392.*chart-specs\.ts/);
  });
});
