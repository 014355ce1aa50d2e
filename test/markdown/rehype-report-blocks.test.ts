import { describe, expect, it } from 'vitest';
import { render } from './render-fixture';

describe('figures, tables and boxes', () => {
  const { html } = render('chapter-1-opening.md', { slug: '1' });

  it('renders a figure as a captioned card with its source and says the image is not in the source text', () => {
    const figure = /<figure id="fig-1-1"[\s\S]*?<\/figure>/.exec(html)![0];
    expect(figure).toContain('<span class="block-label">图1-1</span> 2011-2022年全国电子商务交易额');
    expect(figure).toContain('图表图像未包含在报告的原文文本中');
    expect(figure).toContain('<p class="block-source">数据来源：国家统计局</p>');
    expect(figure).not.toContain('<img');
  });

  it('renders a table with caption, header row and source, inside a keyboard-scrollable region', () => {
    const table = /<figure id="tbl-1-1"[\s\S]*?<\/figure>/.exec(html)![0];
    expect(table).toContain('<span class="block-label">表1-1</span> 2022年全国网络零售市场各品类零售额占比及同比增速');
    expect(table).toMatch(/<div class="table-scroll" tabindex="0" role="region" aria-labelledby="tbl-1-1-caption"><table>/);
    expect(table).toContain('<th class="num-col">网络零售额占比（%）</th>');
    expect(table).toContain('<p class="block-source">数据来源：商务大数据</p>');
  });

  it("links the table's CSV and JSON downloads under its caption, as UI rather than report text", () => {
    const table = /<figure id="tbl-1-1"[\s\S]*?<\/figure>/.exec(html)![0];
    expect(table).toMatch(
      /<\/figcaption><p class="ui table-downloads">下载：<a href="\/data\/tables\/tbl-1-1.csv" class="table-download" aria-label="下载表1-1（CSV）">CSV<\/a> · <a href="\/data\/tables\/tbl-1-1.json"/,
    );
    expect(render('appendix-a-table.md', { slug: 'appendix-a' }).html).toContain('href="/data/tables/tbl-a-1.csv"');
  });

  it('renders a box as an aside named by its title, with its source', () => {
    const box = render('chapter-5-box.md', { slug: '5' }).html;
    expect(box).toMatch(/<aside id="box-5-1" class="report-box" aria-labelledby="box-5-1-caption">/);
    expect(box).toContain('<span class="block-label">专栏5-1</span> 第四届双品网购节暨非洲好物网购节');
    expect(box).toContain('<p class="block-source">资料来源：商务部电子商务和信息化司</p>');
  });

  it('keeps appendix A as one table of laws with its four columns', () => {
    const a = render('appendix-a-table.md', { slug: 'appendix-a' }).html;
    expect(a).toMatch(/<figure id="tbl-a-1"/);
    expect(a).toContain('<th>发文部门</th>\n<th>发布日期</th>\n<th>文号</th>\n<th>名称</th>');
    expect(a).toContain('<td data-label="发布日期">2022-06-24</td>');
  });

  it('names a table without a caption (appendix A) by the heading before it', () => {
    const a = render('appendix-a-no-caption.md', { slug: 'appendix-a' }).html;
    expect(a).toContain(
      '<figure id="tbl-a-1" class="report-table"><p class="ui table-downloads">下载：<a href="/data/tables/tbl-a-1.csv" class="table-download" aria-label="下载本表（CSV）">CSV</a> · <a href="/data/tables/tbl-a-1.json" class="table-download" aria-label="下载本表（JSON）">JSON</a></p><div id="tbl-a-1-filter" class="ui table-filter"></div><div class="table-frame"><div class="table-scroll" tabindex="0" role="region" aria-labelledby="sec-appendix-a">',
    );
  });
});

describe('a figure that kept the words of its chart', () => {
  const { html } = render('figure-6-1-with-chart-text.md', { slug: '6' });

  it('says the image is missing without claiming that only the caption is left', () => {
    expect(html).toContain('以下仅为从原图提取的文字');
    expect(html).not.toContain('此处仅保留图题与数据来源');
  });

  it('keeps the extracted words, unnumbered, between caption and source', () => {
    expect(html).toMatch(/<p>图中文字（从原图提取，版式已失）：<br>\n发布年份/);
    expect(html).not.toMatch(/id="sec-6-1-p\d+"/);
  });
});
