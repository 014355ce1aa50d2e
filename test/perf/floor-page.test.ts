import { describe, expect, it } from 'vitest';
import { floorPage } from '@/lib/perf/floor-page';

// Chapter 1's heading and opening sentences as the reader renders them (content/chapters/1.md).
const H1 = '<h1 id="sec-1">第1章 2022年中国电子商务发展总报告</h1>';
const P1 = '<p id="sec-1-p1" class="para">2022年是全面建设社会主义现代化国家、向第二个百年奋斗目标进军的重要一年。</p>';
const P2 = '<p id="sec-1-p2" class="para">全国电子商务交易额达<abbr class="num-mark">43.83</abbr>万亿元。</p>';

describe('the LCP floor page', () => {
  const html =
    '<!DOCTYPE html><html><head><style>.report{line-height:1.85}</style><script>document.documentElement.classList.add("js")</script></head>' +
    `<body><main><article class="report" id="chapter">${H1}${P1}${P2}</article></main>` +
    '<script>self.__next_f.push([1,"x"])</script><link rel="stylesheet" href="/a.css"></body></html>';

  it('is the document up to the first paragraph, with its inlined CSS and without any script or stylesheet link', () => {
    const floor = floorPage(html);
    expect(floor).toContain(`${H1}${P1}</article></main></body></html>`);
    expect(floor).not.toContain(P2);
    expect(floor).toContain('<style>.report{line-height:1.85}</style>');
    expect(floor).not.toMatch(/<script|rel="stylesheet"/);
  });

  it('says so when the document has no article paragraph', () => {
    expect(() => floorPage('<html><body><main></main></body></html>')).toThrow(/no article paragraph/);
  });
});
