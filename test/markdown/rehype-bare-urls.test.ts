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

describe('reconstructed addresses', () => {
  const raw = 'http://wwwstatsgovcn/sj/zxfb/202302/t20230228_1919011html';
  const url = 'http://www.stats.gov.cn/sj/zxfb/202302/t20230228_1919011.html';

  it('say on hover that the dots were restored and what the source had', () => {
    const { html } = render('chapter-1-opening.md', { slug: '1', reconstructedUrls: new Map([[url, { raw }]]) });
    expect(html).toContain(`title="网址中的点号系重建；原文为 ${raw}"`);
  });

  it('are marked when the reconstruction is uncertain', () => {
    const { html } = render('chapter-1-opening.md', { slug: '1', reconstructedUrls: new Map([[url, { raw, ambiguous: true }]]) });
    expect(html).toContain('网址中的点号系推断重建，可能有误');
    expect(html).toContain('class="url-ambiguous bare-url"');
  });
});
