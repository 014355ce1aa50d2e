import { describe, expect, it } from 'vitest';
import { render } from './render-fixture';

describe('tables that read on any screen', () => {
  const table11 = /<figure id="tbl-1-1"[\s\S]*?<\/figure>/.exec(render('chapter-1-table-and-regions.md', { slug: '1' }).html)![0];
  const appendixA = render('appendix-a-table.md', { slug: 'appendix-a' }).html;

  it('marks the share and growth columns of table 1-1 as numeric, and not the category column', () => {
    expect(table11).toContain('<th class="num-col">网络零售额占比（%）</th>');
    expect(table11).toContain('<th class="num-col">网络零售额同比增长（%）</th>');
    expect(table11).toContain('<th>商品品类</th>');
    expect(table11).toContain('<td data-label="商品品类">服装鞋帽、针纺织品</td>');
    // A negative growth (家具 −2.50 %) is a number too.
    expect(table11).toMatch(/<td class="num-col" data-label="网络零售额同比增长（%）"><abbr id="num-1-39"[^>]*>-2\.50<\/abbr>%<\/td>/);
  });

  it("leaves appendix A's text columns, dates included, unmarked, and names every cell by its column", () => {
    expect(appendixA).not.toContain('num-col');
    expect(appendixA).toContain('<td data-label="发文部门">全国人民代表大会常务委员会</td>');
    expect(appendixA).toContain('<td data-label="名称">中华人民共和国反垄断法（2022修正）</td>');
  });

  it('wraps each table in a frame around its scroller (the frame draws the edge fade)', () => {
    expect(table11).toMatch(/<div class="table-frame"><div class="table-scroll" tabindex="0" role="region"[^>]*><table>/);
  });
});
