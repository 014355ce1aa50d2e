import { describe, expect, it } from 'vitest';
import { ARTICLE_PROP } from '@/lib/prerender/article-prop';
import { findTextRow, PayloadFormatError, readInlinePayload } from '@/lib/prerender/inline-payload';
import { slimArticle } from '@/lib/prerender/slim-article';

// A sentence of chapter 1 as the reader renders it (content/chapters/1.md, 1.1.1), multi-byte throughout.
const ARTICLE =
  '<p id="sec-1-1-1-p1" class="para">国家统计局数据显示，2022年，全国电子商务交易额达<span id="num-1-2" class="num num-confirmed" data-raw="４３８３">43.83</span>万亿元。</p>';

const bytes = (s: string) => Buffer.byteLength(s, 'utf8').toString(16);

/** A page shaped as Next 16 prerenders one: the article in the body, its copy as a text row of the inline payload. */
function page(article = ARTICLE, prop = ARTICLE_PROP, split = 40): string {
  const flight = `1:"$Sreact.fragment"\n5:I[75915,["$2"],"ChapterArticle"]\n3d:T${bytes(ARTICLE)},${ARTICLE}1e:["$","$L5",null,{"slug":"1","${prop}":"$3d"}]\n`;
  const push = (text: string) => `<script>self.__next_f.push(${JSON.stringify([1, text]).replace(/</g, '\\u003c')})</script>`;
  return (
    `<!DOCTYPE html><html><body><article class="report" id="chapter">${article}</article>` +
    '<script>(self.__next_f=self.__next_f||[]).push([0])</script>' +
    // The text row is cut across two pushes, as Next's streaming may do.
    push(flight.slice(0, flight.indexOf('3d:T') + split)) +
    push(flight.slice(flight.indexOf('3d:T') + split)) +
    '</body></html>'
  );
}

describe('the inline payload', () => {
  it('joins the pushes and finds a text row by its UTF-8 byte length, whatever the split', () => {
    const { flight, spans } = readInlinePayload(page());
    expect(spans).toHaveLength(2);
    const row = findTextRow(flight, '3d');
    expect(row?.text).toBe(ARTICLE);
    expect(flight.slice(row!.end)).toMatch(/^1e:\[/);
  });

  it('refuses a push it does not understand rather than guess', () => {
    expect(() => readInlinePayload('<script>self.__next_f.push([3,"AAAA"])</script>')).toThrow(PayloadFormatError);
    expect(() => readInlinePayload('<html></html>')).toThrow(/no inline RSC payload/);
  });
});

describe('a chapter page without the second copy of its article', () => {
  it('keeps the article in the document and empties its copy in the payload', () => {
    const before = page();
    const { html, removed } = slimArticle(before);
    expect(removed).toBe(ARTICLE.length);
    expect(html).toContain(`<article class="report" id="chapter">${ARTICLE}</article>`);
    const { flight, spans } = readInlinePayload(html);
    expect(spans).toHaveLength(1);
    expect(flight).toContain('3d:""\n1e:["$","$L5",null,');
    expect(flight).not.toContain('国家统计局数据显示');
    // Everything else in the payload is as it was.
    expect(flight.replace('3d:""\n', '')).toBe(readInlinePayload(before).flight.replace(`3d:T${bytes(ARTICLE)},${ARTICLE}`, ''));
  });

  it('fails, removing nothing, when the payload’s article is not the document’s', () => {
    const changed = page(ARTICLE.replace('43.83', '4.383'));
    expect(() => slimArticle(changed)).toThrow(/not the article in the document/);
  });

  it('leaves a page without an article as it is', () => {
    const other = page(ARTICLE, 'children');
    expect(slimArticle(other)).toEqual({ html: other, removed: 0 });
  });
});
