import { describe, expect, it } from 'vitest';
import { render } from './render-fixture';
import { renderChapter } from '@/lib/markdown/render';

describe('content goes through a sanitizing step', () => {
  it('shows <script> and <img onerror> in the source as text, never as elements', () => {
    const { html } = render('chapter-5-box.md', { slug: '5' });
    expect(html).not.toMatch(/<script|<img/);
    expect(html).toContain('&#x3C;script>alert(1)&#x3C;/script>');
    expect(html).toContain('电子支付服务 &#x3C;img src=x onerror=alert(1)> 保持增长。');
  });

  it('drops javascript: links and attributes smuggled through directives', () => {
    const md =
      '# 第1章 标题\n\n[点击](javascript:alert(1)) :num[5]{raw="5" status="settled" onclick="x"}\n\n:::box{#box-1-1 onclick="x"}\n专栏1-1 标题\n:::\n';
    const { html } = renderChapter(md, { slug: '1' });
    expect(html).not.toContain('javascript:');
    expect(html).not.toContain('onclick');
  });

  it('turns an unknown directive back into its text', () => {
    const { html } = renderChapter('# 第1章 标题\n\n比例为 a:b 与 note:abc[x]。\n', { slug: '1' });
    expect(html).toContain('note:abc');
  });
});
