import { describe, expect, it } from 'vitest';
import rehypeStringify from 'rehype-stringify';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { rehypeFigureCitations } from '@/lib/markdown/rehype-figure-citations';
import { rehypeParagraphIds } from '@/lib/markdown/rehype-paragraph-ids';
import { rehypeReportBlocks } from '@/lib/markdown/rehype-report-blocks';
import { rehypeSectionIds } from '@/lib/markdown/rehype-section-ids';
import { remarkReportDirectives } from '@/lib/markdown/remark-report-directives';
import { fixture } from './render-fixture';

/** The renderer's chain up to paragraph ids, then the citations (the plugin needs the paragraphs' ids). */
function render(markdown: string, slug: string): string {
  return String(
    unified()
      .use(remarkParse)
      .use(remarkGfm)
      .use(remarkDirective)
      .use(remarkReportDirectives)
      .use(remarkRehype, { clobberPrefix: '' })
      .use(rehypeSectionIds, { slug })
      .use(rehypeReportBlocks)
      .use(rehypeParagraphIds)
      .use(rehypeFigureCitations)
      .use(rehypeStringify)
      .processSync(markdown),
  );
}

const figure = (html: string, id: string) => new RegExp(`<figure id="${id}"[\\s\\S]*?</figure>`).exec(html)![0];

describe('figure cards', () => {
  const html = render(fixture('chapter-1-opening.md'), '1');

  it('quote the sentence that cites figure 1-1, linked to its paragraph, before the source line', () => {
    const card = figure(html, 'fig-1-1');
    expect(card).toContain('class="report-figure figure-card"');
    expect(card).toMatch(
      /<div class="figure-citations"><p class="figure-citations-title">正文中提及此图：<\/p><ul><li><a href="#sec-1-1-1-p1" class="figure-citation">国家统计局数据显示，2022年，全国电子商务交易额达43.83万亿元，按可比口径计算，比上年增长35%（见图1-1）。<\/a><\/li><\/ul><\/div><p class="block-source">数据来源：国家统计局<\/p>/,
    );
    expect(html).toContain('id="sec-1-1-1-p1"');
  });

  it('never glue a footnote marker to a quoted number', () => {
    expect(figure(html, 'fig-1-1')).not.toContain('35%1');
  });

  it('count a reference listed after a comma (见图4-1，4-2) for both figures', () => {
    const md =
      '## 4.1 发展\n\n农村网络零售额持续增长（见图4-1，4-2）。\n\n:::figure{#fig-4-1}\n图4-1 甲\n:::\n\n:::figure{#fig-4-2}\n图4-2 乙\n:::\n';
    const out = render(md, '4');
    for (const id of ['fig-4-1', 'fig-4-2']) expect(figure(out, id)).toContain('农村网络零售额持续增长（见图4-1，4-2）。');
  });

  it('leave a figure that nothing cites without a citations list', () => {
    const out = render('## 4.1 发展\n\n没有引用。\n\n:::figure{#fig-4-3}\n图4-3 丙\n:::\n', '4');
    expect(figure(out, 'fig-4-3')).not.toContain('figure-citations');
  });
});
