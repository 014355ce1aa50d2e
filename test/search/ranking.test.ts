import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { search } from '@/lib/search/search';
import { CORPUS_DIR, FIXTURE_DIR, indexFor } from './helpers';

const { index } = indexFor(FIXTURE_DIR);
const anchors = (q: string) => search(index, q).results.map((r) => r.anchor);

describe('ranking', () => {
  it('puts the section whose heading is the query first', () => {
    expect(anchors('跨境电商综合试验区')[0]).toBe('sec-5-3');
    expect(anchors('发展特点')[0]).toBe('sec-1-2');
  });

  it('ranks a heading or caption match before body matches', () => {
    const results = search(index, '跨境电商').results;
    const headed = results.filter((r) => r.title.includes('跨境电商')).map((r) => r.anchor);
    expect(results.slice(0, headed.length).map((r) => r.anchor)).toEqual(headed);
    expect(anchors('地理标志')[0]).toBe('box-5-1');
    expect(anchors('数据来源：商务大数据')[0]).toBe('tbl-1-1');
  });

  it('ranks the words as one phrase before the same words scattered', () => {
    // 跨境 and 支付 sit side by side in 1.1.3.1 (跨境支付) but apart in 1.1.3.
    const results = anchors('跨境 支付');
    expect(results[0]).toBe('sec-1-1-3-i1');
    expect(results).toContain('sec-1-1-3');
  });

  it('ranks more occurrences higher among body matches', () => {
    const results = search(index, '农产品').results;
    expect(results[0].anchor).toBe('box-5-1');
    expect(results[0].count).toBeGreaterThanOrEqual(results[1]?.count ?? 0);
  });

  it('sends 图1-1, 图 1.1, 表1-1 and 专栏5-1 straight to the figure, table or box', () => {
    expect(search(index, '图1-1').jump).toMatchObject({ chapter: '1', anchor: 'fig-1-1', href: '/chapters/1?q=%E5%9B%BE1-1#fig-1-1' });
    expect(search(index, '图 1.1').jump?.anchor).toBe('fig-1-1');
    expect(search(index, '表1-1').jump?.anchor).toBe('tbl-1-1');
    expect(search(index, '专栏５－１').jump?.anchor).toBe('box-5-1');
    expect(search(index, '图9-9').jump).toBeUndefined();
  });
});

describe('results', () => {
  it('carry chapter, number, title, path, anchor link, count and the matching sentence as snippet', () => {
    const [first] = search(index, '海外仓').results;
    expect(first).toMatchObject({
      chapter: '1',
      anchor: 'sec-1-1-3-i2',
      number: '2.',
      title: '物流服务',
      count: 1,
      path: ['第1章 2022年中国电子商务发展总报告', '1.1 发展现状', '1.1.3 跨境电商发展'],
      snippet: '至2022年，我国海外仓超过2400个，面积超过2500万平方米。',
      href: '/chapters/1?q=%E6%B5%B7%E5%A4%96%E4%BB%93#sec-1-1-3-i2',
    });
    expect(first.highlights).toEqual([[9, 12]]);
  });

  it('highlight every occurrence of every word in the snippet, in displayed (full-width) text', () => {
    const [first] = search(index, 'ＲＣＥＰ 签署').results;
    const marked = first.highlights.map(([a, b]) => first.snippet.slice(a, b));
    expect(marked).toEqual(['RCEP', '签署']);
    expect(first.snippet).toMatch(/^截至2022年底，RCEP 15个签署成员国/);
  });

  it('highlight a :num reading when the query is its raw digits', () => {
    const [first] = search(index, '4383').results;
    expect(first.anchor).toBe('sec-1-1-1');
    expect(first.highlights.map(([a, b]) => first.snippet.slice(a, b))).toEqual(['43.83']);
  });

  it('count results per chapter in reading order, with the total', () => {
    const response = search(index, '数商兴农');
    expect(response.total).toBe(3);
    expect(response.chapters.map((c) => [c.chapter, c.count])).toEqual([
      ['1', 1],
      ['5', 2],
    ]);
  });

  it('link with every query word for the reader’s find bar, separated by single spaces, never quotes', () => {
    expect(search(index, '"数商兴农"').results[0].href).toMatch(/\?q=%E6%95%B0%E5%95%86%E5%85%B4%E5%86%9C#/);
    const scattered = search(index, '跨境 支付').results.find((r) => r.anchor === 'sec-1-1-3')!;
    expect(new URL(scattered.href, 'http://x').searchParams.get('q')).toBe('跨境 支付');
    expect(scattered.href).toBe(`/chapters/1?${new URLSearchParams({ q: '跨境 支付' })}#sec-1-1-3`);
    const excluded = search(index, '跨境 支付 -海外仓').results[0];
    expect(new URL(excluded.href, 'http://x').searchParams.get('q')).toBe('跨境 支付');
  });

  it('honour the limit without changing the total', () => {
    const response = search(index, '2022', { limit: 2 });
    expect(response.results).toHaveLength(2);
    expect(response.total).toBeGreaterThan(2);
  });
});

describe('a limited search', () => {
  const real = indexFor(CORPUS_DIR).index;
  const queries = (JSON.parse(fs.readFileSync(path.join(__dirname, 'queries.json'), 'utf8')) as { q: string }[]).map((x) => x.q);
  const key = (r: { chapter: string; anchor: string; number: string }) => `${r.chapter}#${r.anchor}|${r.number}`;

  it('returns exactly the first results of the full ranking, for every committed query and limit', () => {
    for (const q of queries) {
      const all = search(real, q).results.map(key);
      for (const limit of [0, 1, 8, 20]) {
        expect(search(real, q, { limit }).results.map(key), `${q} limit ${limit}`).toEqual(all.slice(0, limit));
      }
    }
  });
});

describe('result counts', () => {
  const real = indexFor(CORPUS_DIR).index;
  const occurrences = (text: string, word: string) => {
    let n = 0;
    for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + word.length)) n++;
    return n;
  };

  it('are the number of times the query words occur in the unit, common words included', () => {
    for (const q of ['电子商务', '跨境电商', '发展 平台', '农村', '2022']) {
      const words = q.split(' ');
      for (const result of search(real, q, { exact: true }).results) {
        const doc = real.docs.find((d) => d.chapter === result.chapter && d.anchor === result.anchor && d.number === result.number)!;
        const raw = doc.numsNorm.filter((n) => words.some((w) => n.raw.includes(w) && !doc.norm.slice(n.start, n.end).includes(w))).length;
        const expected = words.reduce((sum, w) => sum + occurrences(doc.norm, w), 0) + raw;
        expect(result.count, `${q} in ${result.anchor}`).toBe(expected);
      }
    }
  });
});

describe('result links', () => {
  it('encode ?q= exactly as URLSearchParams does', async () => {
    const { formEncode } = await import('@/lib/search/search');
    for (const q of ['跨境电商 海外仓', "a!b'c(d)e~f*g-h_i.j", '50% & 100%+', '“数商兴农” 「x」', '🛒 电商']) {
      expect(formEncode(q), q).toBe(new URLSearchParams({ q }).toString().slice(2));
    }
  });
});
