import { describe, expect, it } from 'vitest';
import { render, tagWithId } from './render-fixture';

describe('paragraph ids are numbered within their section', () => {
  const { html } = render('chapter-1-opening.md', { slug: '1' });

  it('numbers the paragraphs of 1.1.2 as sec-1-1-2-p1, -p2, -p3 across a figure between them', () => {
    expect(tagWithId(html, 'sec-1-1-2-p1')).toMatch(/^<p/);
    expect(tagWithId(html, 'sec-1-1-2-p2')).toMatch(/^<p/);
    expect(html).toMatch(/id="sec-1-1-2-p3"[^>]*>从商品品类看/);
  });

  it('numbers the paragraphs before the first section under the chapter id', () => {
    expect(html).toMatch(/id="sec-1-p1"[^>]*>2022年是全面建设/);
    expect(html).toMatch(/id="sec-1-p2"[^>]*>面对风高浪急/);
  });

  it('does not number captions, sources or footnote bodies', () => {
    expect(html).not.toMatch(/<figcaption[^>]*id="[^"]*-p\d+"/);
    expect(html).toMatch(/<p class="block-source">数据来源：国家统计局<\/p>/);
    expect(html).toMatch(/<li id="fn-1">\s*<p>国家统计局/);
  });

  it('numbers the paragraphs inside a box as paragraphs of its section', () => {
    const box = render('chapter-5-box.md', { slug: '5' });
    expect(box.html).toMatch(/id="sec-5-1-p2"[^>]*>一是品牌引领消费时尚/);
  });

  it('gives each paragraph a pilcrow link and a citation button', () => {
    expect(html).toContain('<a href="#sec-1-1-1-p1" class="ui anchor-link para-anchor" aria-label="复制本段链接">¶</a>');
    expect(html).toContain('<button type="button" class="ui cite-button" data-cite="sec-1-1-1-p1" aria-label="引用本段">引用</button>');
  });
});

describe('every citable place has a 引用 button', () => {
  it('sections and figures get one beside their link icon, naming what they cite', () => {
    const { html } = render('chapter-1-opening.md', { slug: '1' });
    expect(html).toMatch(
      /<h3 id="sec-1-1-1">[\s\S]*?<button type="button" class="ui cite-button" data-cite="sec-1-1-1" aria-label="引用本节">引用<\/button><a href="#sec-1-1-1" class="ui anchor-link heading-anchor"/,
    );
    expect(html).toMatch(/<figcaption id="fig-1-1-caption"[\s\S]*?data-cite="fig-1-1" aria-label="引用图1-1">引用<\/button><\/figcaption>/);
  });

  it('a box gets one for itself, and its paragraphs one each', () => {
    const { html } = render('chapter-5-box.md', { slug: '5' });
    expect(html).toMatch(/data-cite="box-5-1" aria-label="引用专栏5-1">引用<\/button>/);
    expect(html).toMatch(/data-cite="sec-5-1-p2" aria-label="引用本段"/);
  });
});
