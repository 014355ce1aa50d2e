import { describe, expect, it } from 'vitest';
import { apa, bibtex, bibtexKey, gbt7714, type CitedPlace } from '@/app/components/reader/citation-format';
import { REPORT_PUBLISHER, REPORT_TITLE } from '@/lib/content/parts';

// A paragraph inside box 5-1 (content/chapters/5.md), accessed on a fixed local day.
const place: CitedPlace = {
  author: REPORT_PUBLISHER,
  title: REPORT_TITLE,
  locator: '第5章 专栏5-1 第1段',
  url: 'https://example.org/chapters/5#sec-5-1-3-p4',
  accessed: new Date(2026, 11, 1, 23, 30),
};

describe('citations of a place in the report', () => {
  it('GB/T 7714-2015 cites an online report: [R/OL], supplied place in brackets, publisher, year, locator, access date, URL', () => {
    expect(gbt7714(place)).toBe(
      '中华人民共和国商务部. 中国电子商务报告2022[R/OL]. [北京]: 中华人民共和国商务部, 2023: 第5章 专栏5-1 第1段[2026-12-01]. https://example.org/chapters/5#sec-5-1-3-p4.',
    );
  });

  it('APA names the group author once, with the year and the locator', () => {
    expect(apa(place)).toBe(
      '中华人民共和国商务部. (2023). 中国电子商务报告2022 (第5章 专栏5-1 第1段). https://example.org/chapters/5#sec-5-1-3-p4',
    );
  });

  it('BibTeX is one balanced @techreport entry with a braced corporate author and the access date', () => {
    const entry = bibtex(place, bibtexKey('sec-5-1-3-p4'));
    expect(entry.startsWith('@techreport{ecommerce2022-sec-5-1-3-p4,\n')).toBe(true);
    expect(entry).toContain('author = {{中华人民共和国商务部}},');
    expect(entry).toContain('urldate = {2026-12-01},');
    expect(entry).toContain('url = {https://example.org/chapters/5#sec-5-1-3-p4},');
    const opened = entry.split('{').length;
    expect(entry.split('}').length).toBe(opened);
    expect(bibtex({ ...place, locator: '第1章 {x}' }, 'k')).toContain('note = {第1章 x},');
  });
});
