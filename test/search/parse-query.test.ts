import { describe, expect, it } from 'vitest';
import { MAX_QUERY_BYTES, parseQuery, truncateToBytes } from '@/lib/search/parse-query';
import queries from './queries.json';

const words = (q: string) => parseQuery(q).words.map((w) => (w.phrase ? `"${w.text}"` : w.text));
const excluded = (q: string) => parseQuery(q).exclude.map((w) => w.text);

describe('query syntax', () => {
  it('separates words by spaces, full-width commas and enumeration commas', () => {
    expect(words('跨境电商 海外仓')).toEqual(['跨境电商', '海外仓']);
    expect(words('跨境电商，海外仓、独立站')).toEqual(['跨境电商', '海外仓', '独立站']);
    expect(words('跨境电商\u3000\u3000海外仓')).toEqual(['跨境电商', '海外仓']);
  });

  it('reads “”, 「」, 『』 and " as phrases, spaces and commas included', () => {
    expect(words('“数商兴农”')).toEqual(['"数商兴农"']);
    expect(words('「跨境电商 综试区」')).toEqual(['"跨境电商 综试区"']);
    expect(words('『网上年货节』 2022')).toEqual(['"网上年货节"', '2022']);
    expect(words('"电子商务，快递"')).toEqual(['"电子商务,快递"']);
    expect(words('发展“丝路电商”')).toEqual(['发展', '"丝路电商"']);
  });

  it('runs an unclosed quote to the end', () => {
    expect(words('"跨境电商 海外')).toEqual(['"跨境电商 海外"']);
    expect(words('「跨境')).toEqual(['"跨境"']);
  });

  it('excludes -词 and -"短语"', () => {
    expect(words('电子商务 -跨境')).toEqual(['电子商务']);
    expect(excluded('电子商务 -跨境 -“丝路电商”')).toEqual(['跨境', '丝路电商']);
    expect(excluded('电子商务 －农村')).toEqual(['农村']);
  });

  it('searches a query of exclusions only as literal text (a negative number)', () => {
    expect(words('-29.8')).toEqual(['-29.8']);
    expect(excluded('-29.8')).toEqual([]);
  });

  it('keeps everything else literal: 《》, brackets, a lone dash, a closing quote', () => {
    expect(words('《电子商务法》')).toEqual(['《电子商务法》']);
    expect(words('(RCEP) - 图1-1')).toEqual(['(rcep)', '-', '图1-1']);
    expect(words('数商兴农”')).toEqual(['数商兴农”']);
  });

  it('converts traditional characters to simplified, and says so', () => {
    expect(parseQuery('跨境電商 數字經濟')).toMatchObject({ terms: ['跨境电商', '数字经济'], simplified: true });
    expect(parseQuery('跨境电商').simplified).toBe(false);
    expect(parseQuery('「電子商務」').terms).toEqual(['电子商务']);
  });

  it('folds width and case as before', () => {
    expect(parseQuery('ＲＣＥＰ ２０２２').terms).toEqual(['rcep', '2022']);
  });
});

describe('the length cap', () => {
  it('is measured in UTF-8 bytes, on whole code points', () => {
    expect(truncateToBytes('电'.repeat(101))).toEqual({ text: '电'.repeat(100), truncated: true });
    expect(truncateToBytes('a'.repeat(300))).toEqual({ text: 'a'.repeat(300), truncated: false });
    expect(truncateToBytes('a'.repeat(299) + '电').text).toBe('a'.repeat(299));
    expect(truncateToBytes('🛒'.repeat(80)).text).toBe('🛒'.repeat(75));
  });

  it('keeps every truncated query within the cap, so its URL stays short', () => {
    const q = parseQuery('跨境电商'.repeat(200));
    expect(q.truncated).toBe(true);
    expect(new TextEncoder().encode(q.query).length).toBeLessThanOrEqual(MAX_QUERY_BYTES);
    expect(new URLSearchParams({ q: q.query }).toString().length).toBeLessThanOrEqual(MAX_QUERY_BYTES * 3 + 2);
  });
});

describe('the plain-word fast path', () => {
  it('parses a single plain word (its fast path) exactly as the general path does', () => {
    // A leading space sends the same word through truncation, conversion, normalisation and splitting.
    const plain = [...queries.map((x) => x.q), '電子商務', '跨境電商', 'ChatGPT', 'B2B', '5G'].filter((q) =>
      /^[\u4e00-\u9fffa-zA-Z0-9]+$/.test(q),
    );
    expect(plain.length).toBeGreaterThan(40);
    for (const q of plain) expect(parseQuery(q), q).toEqual(parseQuery(` ${q}`));
  });
});
