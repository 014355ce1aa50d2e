import { describe, expect, it } from 'vitest';
import { render } from './render-fixture';

describe('cross-references in the text become links', () => {
  const { html } = render('chapter-4-crossrefs.md', { slug: '4' });

  it('links both figures of （见图4-1，4-2） within the page', () => {
    expect(html).toContain('（见<a href="#fig-4-1" class="xref">图4-1</a>，<a href="#fig-4-2" class="xref">4-2</a>）');
  });

  it('links figures, tables and boxes of other chapters to those chapters', () => {
    expect(html).toContain('<a href="/chapters/1#fig-1-1" class="xref">图1-1</a>');
    expect(html).toContain('<a href="/chapters/1#tbl-1-1" class="xref">表1-1</a>');
    expect(html).toContain('<a href="/chapters/5#box-5-1" class="xref">专栏5-1</a>');
  });

  it('does not turn a caption into a link to itself', () => {
    expect(html).toMatch(/<span class="block-label">图4-1<\/span>/);
    expect(html).not.toMatch(/<figcaption[^>]*>[^]*?class="xref"[^]*?<\/figcaption>/);
  });

  it('leaves references to ids that do not exist as plain text when the known ids are given', () => {
    const known = new Set(['fig-4-1', 'fig-4-2', 'fig-1-1']);
    const limited = render('chapter-4-crossrefs.md', { slug: '4', knownIds: known }).html;
    expect(limited).toContain('品类结构参见表1-1，');
    expect(limited).toContain('见专栏5-1。');
    expect(limited).toContain('<a href="/chapters/1#fig-1-1" class="xref">图1-1</a>');
  });

  it('links （见表1-1） in chapter 1 as a same-page anchor', () => {
    const ch1 = render('chapter-1-opening.md', { slug: '1' }).html;
    expect(ch1).toContain('（见<a href="#tbl-1-1" class="xref">表1-1</a>）');
  });
});
