import { describe, expect, it } from 'vitest';
import { LEFTOVER_CHECKS, scanLeftovers } from '@/lib/clean/leftovers';

const checksIn = (markdown: string) => scanLeftovers('chapters/1.md', markdown).map((l) => l.check);

describe('scanLeftovers', () => {
  it('finds nothing in clean Markdown', () => {
    const md =
      '# 第1章 2022年中国电子商务发展总报告\n\n国家统计局数据显示，2022年，全国电子商务交易额达43.83万亿元。[^1-1]\n\n[^1-1]: 国家统计局。\n';
    expect(scanLeftovers('chapters/1.md', md)).toEqual([]);
  });

  it.each([
    ['full-width digit', '全国电子商务交易额达４３８３万亿元。'],
    ['U+FFFD', '0\uFFFD\uFFFD\uFFFD0\uFFFD'],
    ['lone page-number line', '正文。\n\n123\n\n正文。'],
    ['bare circled marker', '比上年增长3.5%① （见图1-1）。'],
    ['Ｇ (extractor hyphen)', '（见图1Ｇ1）'],
    ['ASCII punctuation between CJK', '国家统计局数据显示,全国电子商务'],
    ['Latin guillemet', '«中国互联网络发展状况统计报告»'],
    ['triple dash', '云上大讲堂———上合组织专场'],
    ['internal placeholder', '比上年增长3.5%\uE0001\uE001。'],
  ])('finds a %s', (check, text) => {
    expect(checksIn(`# 标题\n\n${text}\n`)).toContain(check);
  });

  it('has a test for every check it runs', () => {
    expect(LEFTOVER_CHECKS.map((c) => c.name)).toHaveLength(9);
  });

  it('reports the file, the 1-based line and an excerpt around the damage', () => {
    const [found] = scanLeftovers('chapters/1.md', '# 标题\n\n全国电子商务交易额达４３８３万亿元。\n');
    expect(found).toEqual({ file: 'chapters/1.md', line: 3, check: 'full-width digit', excerpt: '全国电子商务交易额达４３８３万亿元。' });
  });

  it('finds a footnote reference without a definition', () => {
    const md = '# 标题\n\n增长3.5%[^1-1]，占比7.92%[^1-2]。\n\n[^1-1]: 国家统计局。\n';
    expect(scanLeftovers('chapters/1.md', md)).toEqual([
      { file: 'chapters/1.md', line: 3, check: 'footnote reference without definition', excerpt: '[^1-2]' },
    ]);
  });

  it('does not read the front matter as damage', () => {
    // A guillemet in a front-matter title line is not reported; the same text in the body is.
    const md = '---\nslug: 1\norder: 1\ntitle: «标题»\n---\n\n正文。\n';
    expect(scanLeftovers('chapters/1.md', md)).toEqual([]);
    expect(checksIn(`${'正文。\n'.repeat(8)}title: «标题»\n`)).toEqual(['Latin guillemet']);
  });
});
