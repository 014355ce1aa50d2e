import { describe, expect, it } from 'vitest';
import { render } from './render-fixture';

describe('footnotes link both ways and say when the source lost them', () => {
  const { html } = render('chapter-1-opening.md', { slug: '1' });

  it('links a reference to its note with ids fnref-1 → fn-1', () => {
    expect(html).toContain('<sup><a href="#fn-1" id="fnref-1" data-footnote-ref aria-label="注释 1">1</a></sup>');
    expect(html).toContain('<li id="fn-1">');
  });

  it('links a note back to every reference to it', () => {
    expect(html).toContain('<a href="#fnref-1" data-footnote-backref=""');
    expect(html).toContain('id="fnref-1-2"');
    expect(html).toContain('<a href="#fnref-1-2" data-footnote-backref="" aria-label="返回正文中注释 1 的第 2 处引用"');
  });

  it('marks a note whose body the source lost, and says so in the reference name', () => {
    expect(html).toContain('<li id="fn-2" class="fn-lost">');
    expect(html).toContain('aria-label="注释 2（原文注释缺失）" class="fnref-lost"');
  });

  it('autolinks the URL in a note', () => {
    expect(html).toContain('<a href="http://www.stats.gov.cn/sj/zxfb/202302/t20230228_1919011.html" rel="noopener" class="bare-url">');
  });
});
