import { describe, expect, it } from 'vitest';
import { loadChapters } from '@/lib/content/chapters-fs';
import { scanDigits } from '@/lib/content/digit-scan';

describe('the unmarked-digit scan', () => {
  it('finds no run of digits outside a number mark or a declared integer class in any generated chapter', () => {
    const unclassified = loadChapters().flatMap((c) => scanDigits(`${c.body}`).unclassified.map((u) => `${c.meta.slug}: ${u.excerpt}`));
    expect(unclassified).toEqual([]);
  });

  it('flags a unit-less number printed without a mark (what the build once emitted for PUE)', () => {
    const { unclassified } = scanDigits('某电子商务企业数据中心PUE可低至109；其旗下物流网络科技公司率先推出电子面单。');
    expect(unclassified.map((u) => u.digits)).toEqual(['109']);
  });

  it('flags a negative index level and a bracketed index value, but not the year or month beside them', () => {
    const { unclassified } = scanDigits('2022年4月美国消费者信心指数达到全年最高（652），12月上升到-236。');
    expect(unclassified.map((u) => u.digits)).toEqual(['652', '-236']);
  });

  it('leaves a marked number, a footnote reference, a URL and counts alone', () => {
    const text =
      '交易额达:num[43.83]{#num-1-1 raw="4383" unit="万亿元" status="inferred"}万亿元[^12]，见<http://www.stats.gov.cn/sj/zxfb/202302/t20230228_1919011.html>，资助667家。';
    expect(scanDigits(text).unclassified).toEqual([]);
  });
});
