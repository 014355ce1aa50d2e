import { describe, expect, it } from 'vitest';
import { foldWidth } from '@/lib/clean/fold-width';
import { restoreUrl, URL_IN_TEXT } from '@/lib/clean/restore-urls';
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

  it('restores a news.* host and the .shtml extension (2424)', () => {
    const { url, ambiguous } = restore(raw(2424));
    expect(url).toBe('https://news.cctv.com/2022/09/04/ARTIvUszE4B434FdYKi4eHQ4220904.shtml');
    // news. is the likeliest split, not a proven one: only www. is certain.
    expect(ambiguous).toBe(true);
  });

  it('restores .aspx, deletes the space after ? and keeps the query (4728)', () => {
    expect(restore(raw(4728)).url).toBe('http://www.iprchn.com/cipnews/news_content.aspx?newsId=133089');
  });

  it('restores .htm and keeps the hyphen in the path (4511)', () => {
    expect(restore(raw(4511)).url).toBe('http://www.cac.gov.cn/2022-03/30/c_1650249033102190.htm');
  });

  it('gives the likeliest split of a multi-label host but flags it (financesinacomcn, 468)', () => {
    const result = restore(raw(468));
    expect(result.ambiguous).toBe(true);
    expect(result.url).toBe('https://finance.sina.com.cn/china/2023-03-02/doc-imyintzq8041512.shtml');
  });

  it('flags a host whose middle label it cannot split (societypeoplecomcn, 5055)', () => {
    const result = restore(raw(5055));
    expect(result.ambiguous).toBe(true);
    expect(result.url.startsWith('http://societypeople.com.cn/')).toBe(true);
  });

  it('splits a known leading label from the rest (gkml.samr.gov.cn, 4516)', () => {
    expect(restore(raw(4516)).url).toBe('https://gkml.samr.gov.cn/nsjg/fgs/202210/t20221008_350554.html');
  });

  it('flags a host with no known suffix and leaves it as it is', () => {
    expect(restoreUrl('http://localhost/a')).toEqual({ raw: 'http://localhost/a', url: 'http://localhost/a', ambiguous: true });
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
