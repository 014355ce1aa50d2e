import { describe, expect, it } from 'vitest';
import { render } from './render-fixture';
import { renderChapter } from '@/lib/markdown/render';

describe('external links', () => {
  it('marks an autolinked URL as a bare URL, so print does not repeat it', () => {
    const { html } = render('chapter-1-opening.md', { slug: '1' });
    expect(html).toContain('<a href="http://www.stats.gov.cn/sj/zxfb/202302/t20230228_1919011.html" rel="noopener" class="bare-url">');
  });

  it('leaves a link with its own words unmarked', () => {
    const { html } = renderChapter('# 第1章 标题\n\n见[国家统计局](http://www.stats.gov.cn/)。\n', { slug: '1' });
    expect(html).toContain('<a href="http://www.stats.gov.cn/" rel="noopener">国家统计局</a>');
  });
});
