import { describe, expect, it } from 'vitest';
import { linksOutsideBasePath } from '@/lib/export/base-path-links';

describe('links that skip the sub-path in an exported page', () => {
  it('finds site-root links written without the sub-path, in any URL attribute', () => {
    const html =
      '<nav><a href="/report2022/chapters/preface">前言</a><a href="/chapters/1" aria-current="page">第1章 2022年中国电子商务发展总报告</a></nav>' +
      '<form action="/search"><input name="q"></form><img src="/icons/icon-192.png">';
    expect(linksOutsideBasePath(html, '/report2022')).toEqual(['/chapters/1', '/search', '/icons/icon-192.png']);
  });

  it('accepts the sub-path itself, in-page anchors, other sites and links in script text', () => {
    const html =
      '<a href="/report2022">目录</a><a href="/report2022?q=RCEP">搜索</a><a href="#fn-1">1</a>' +
      '<a href="https://www.stats.gov.cn/">国家统计局</a><a href="//cdn.example/x.js">x</a>' +
      '<script>self.__next_f.push([1,"<a href=\\"/chapters/1\\">"])</script>';
    expect(linksOutsideBasePath(html, '/report2022')).toEqual([]);
  });

  it('does not take a longer name for the sub-path', () => {
    expect(linksOutsideBasePath('<a href="/report2022x/chapters/1">x</a>', '/report2022')).toEqual(['/report2022x/chapters/1']);
  });
});
