import { describe, expect, it } from 'vitest';
import { foldWidth } from '@/lib/clean/fold-width';
import { publicSuffixesOf, restoreHost, restoreUrl, URL_IN_TEXT } from '@/lib/clean/restore-urls';
import { sourceLines } from './source-range';

const raw = (n: number) => sourceLines()[n - 1];
/** restoreUrl runs on width-folded text, as in normalizeText. */
const restore = (url: string) => restoreUrl(foldWidth(url));

describe('restoreUrl', () => {
  it('restores the host dots and the .html extension of the statistics bureau URL (130)', () => {
    expect(restore(raw(130))).toEqual({
      raw: 'http://wwwstatsgovcn/sj/zxfb/202302/t20230228_1919011html',
      url: 'http://www.stats.gov.cn/sj/zxfb/202302/t20230228_1919011.html',
      ambiguous: false,
    });
  });

  it('restores a news.* host and the .shtml extension (2424): news is a listed label, cctv.com a listed domain', () => {
    const { url, ambiguous } = restore(raw(2424));
    expect(url).toBe('https://news.cctv.com/2022/09/04/ARTIvUszE4B434FdYKi4eHQ4220904.shtml');
    expect(ambiguous).toBe(false);
  });

  it('restores .aspx, deletes the space after ? and keeps the query (4728)', () => {
    expect(restore(raw(4728)).url).toBe('http://www.iprchn.com/cipnews/news_content.aspx?newsId=133089');
  });

  it('restores .htm and keeps the hyphen in the path (4511)', () => {
    expect(restore(raw(4511)).url).toBe('http://www.cac.gov.cn/2022-03/30/c_1650249033102190.htm');
  });

  it('splits a multi-label host by the listed labels (financesinacomcn, 468)', () => {
    const result = restore(raw(468));
    expect(result.ambiguous).toBe(false);
    expect(result.url).toBe('https://finance.sina.com.cn/china/2023-03-02/doc-imyintzq8041512.shtml');
  });

  it.each([
    [5055, 'http://society.people.com.cn/'],
    [2548, 'https://economy.gmw.cn/'],
    [4992, 'http://zj.cnr.cn/'],
    [4995, 'http://commerce.sz.gov.cn/'],
    [4990, 'http://tjtb.mofcom.gov.cn/'],
  ])('splits the labels fused in the host at line %i (%s)', (line, start) => {
    const result = restore(raw(line).slice(raw(line).indexOf('http')));
    expect(result.url.startsWith(start)).toBe(true);
    expect(result.ambiguous).toBe(false);
  });

  it('finds the public suffixes a host without dots can end in, longest first (societypeoplecomcn)', () => {
    expect(publicSuffixesOf('societypeoplecomcn')).toEqual(['com.cn', 'cn']);
    expect(publicSuffixesOf('wwwccaorgcn')).toEqual(['org.cn', 'cn']);
  });

  it('splits a host whose domain no note cites by the suffix list alone, and flags it', () => {
    // 工业和信息化部 is named in the notes (1249) but none of its URLs is printed.
    expect(restoreHost('wwwmiitgovcn')).toEqual({ host: 'www.miit.gov.cn', ambiguous: true });
  });

  it('splits a known leading label from the rest (gkml.samr.gov.cn, 4516)', () => {
    expect(restore(raw(4516)).url).toBe('https://gkml.samr.gov.cn/nsjg/fgs/202210/t20221008_350554.html');
  });

  it('flags a host with no listed domain, whatever the suffix list makes of it', () => {
    expect(restoreUrl('http://localhost/a').ambiguous).toBe(true);
  });

  it('leaves a host that still has its dots alone', () => {
    expect(restoreUrl('https://www.example.com/ahtml').url).toBe('https://www.example.com/a.html');
  });
});

describe('URL_IN_TEXT', () => {
  it('finds a URL glued to Chinese text and stops at the next CJK character', () => {
    const text = foldWidth('中国物流与采购联合会http://wwwchinawuliucomcn/zcms/２０２２０３/t２０２２０３０１_１５html数据');
    expect(text.match(URL_IN_TEXT)).toEqual(['http://wwwchinawuliucomcn/zcms/202203/t20220301_15html']);
  });
});
