import { describe, expect, it } from 'vitest';
import { render, tagWithId } from './render-fixture';

describe('section ids come from the report numbering', () => {
  const { html, toc } = render('chapter-1-opening.md', { slug: '1' });

  it('gives 1.1 and 1.1.1 the ids sec-1-1 and sec-1-1-1, whatever the title says', () => {
    expect(tagWithId(html, 'sec-1-1')).toMatch(/^<h2/);
    expect(tagWithId(html, 'sec-1-1-1')).toMatch(/^<h3/);
  });

  it('gives the chapter title the part id, so the opening paragraphs have a section', () => {
    expect(tagWithId(html, 'sec-1')).toMatch(/^<h1/);
  });

  it('numbers H4 items under their parent section', () => {
    const box = render('chapter-5-box.md', { slug: '5' });
    expect(tagWithId(box.html, 'sec-5-1-i1')).toMatch(/^<h4/);
  });

  it('records a table of contents with the heading text (numbers shown as read)', () => {
    expect(toc.map((t) => t.id)).toEqual(['sec-1', 'sec-1-1', 'sec-1-1-1', 'sec-1-1-2']);
    expect(toc[2].text).toBe('1.1.1 全国电子商务交易额达43.83万亿元');
  });

  it('puts a link icon on each heading that points at the heading itself', () => {
    expect(html).toContain('<a href="#sec-1-1-1" class="ui anchor-link heading-anchor" aria-label="复制本节链接">#</a></h3>');
  });

  it('keeps every id when the same content is rendered again', () => {
    expect(render('chapter-1-opening.md', { slug: '1' }).html).toBe(html);
  });
});

describe('TOC entries keep the status of the numbers in their titles', () => {
  it('splits 1.1.1 into text and an inferred number with its raw digits', () => {
    const { toc } = render('chapter-1-opening.md', { slug: '1' });
    expect(toc[2].segments).toEqual([
      { text: '1.1.1 全国电子商务交易额达' },
      { text: '43.83', status: 'inferred', raw: '4383' },
      { text: '万亿元' },
    ]);
  });

  it('keeps a settled number as plain text', () => {
    const { toc } = render('chapter-1-opening.md', { slug: '1' });
    expect(toc[3].segments).toEqual([{ text: '1.1.2 全国网上零售额达13.79万亿元' }]);
  });
});

describe('a footnote reference in a heading', () => {
  it('stays in the heading but not in the TOC text', async () => {
    const { renderChapter } = await import('@/lib/markdown/render');
    const md =
      '# 第9章 地方电子商务发展报告\n\n## 9.1 地方电子商务发展概况\n\n### 9.1.1 各地网络零售市场规模情况[^1]\n\n正文。\n\n[^1]: 数据来源：商务大数据。\n';
    const { html, toc } = renderChapter(md, { slug: '9' });
    expect(toc.find((t) => t.id === 'sec-9-1-1')?.text).toBe('9.1.1 各地网络零售市场规模情况');
    expect(toc.find((t) => t.id === 'sec-9-1-1')?.segments).toEqual([{ text: '9.1.1 各地网络零售市场规模情况' }]);
    expect(html).toMatch(/<h3 id="sec-9-1-1">9\.1\.1 各地网络零售市场规模情况<sup><a href="#fn-1"/);
  });
});
