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
    expect(html).toContain('data-cite="sec-1-1-1-p1">复制引用</button>');
  });
});
