import { describe, expect, it } from 'vitest';
import { footnotePlaceholder, inlineText, normalizeText } from '@/lib/clean/normalize-text';
import { joinWrapped } from '@/lib/clean/join-lines';
import { sourceLines } from './source-range';

const raw = (n: number) => sourceLines()[n - 1];
const clean = (text: string, mode: 'text' | 'note' = 'text') => inlineText(normalizeText(text, mode));

describe('normalizeText', () => {
  it('cleans a body line: digits, punctuation, numbers (109)', () => {
    expect(clean(raw(109))).toBe('国家统计局数据显示，2022年，全国电子商务交易额达4383万亿元，按可');
  });

  it('returns the number with its unit and the text around it', () => {
    const inlines = normalizeText(raw(109));
    expect(inlines.map((i) => i.type)).toEqual(['text', 'number', 'text']);
    const number = inlines[1];
    if (number.type !== 'number') throw new Error('expected a number');
    expect(number.found.raw).toBe('4383');
    expect(number.found.unit).toBe('万亿元');
    expect(number.before).toBe('国家统计局数据显示，2022年，全国电子商务交易额达');
    expect(number.after).toBe('，按可');
  });

  it('removes letter-spacing before finding numbers (135, 1227)', () => {
    expect(clean(raw(135))).toBe('元，按可比口径计算，比上年增长62%，占社会消费品零售总额的比重为');
    const inlines = normalizeText(raw(1227));
    expect(inlineText(inlines)).toBe('数据服务共实现收入10427亿元，同比增长87%，占信息技术服务收入的');
    expect(inlines.filter((i) => i.type === 'number').map((i) => (i.type === 'number' ? i.found.raw + i.found.unit : ''))).toEqual([
      '10427亿元',
      '87%',
    ]);
  });

  it('turns ＜＞ inside «» into 〈〉 once the title is joined (840–842)', () => {
    expect(clean(joinWrapped(raw(840), raw(842)))).toBe(
      '十三届全国人大常委会第三十五次会议表决通过《关于修改〈中华人民共和国反垄断法〉的决定》，规定经营者不得利用数据和算法、技术、资本优势及平台规则',
    );
  });

  it('keeps the －＞ arrow as -> (9243–9244)', () => {
    expect(clean(joinWrapped(raw(9243), raw(9244)))).toBe(
      '生条件简陋、设备低端、洗护无规范、售后无保障等），采用的是“微信下单->顺丰上门取送->智慧工厂洗护”的C2F洗衣模式。从2017年到2020年，该平',
    );
  });

  it('collapses ——— and removes the quote spacing in a box title (3125)', () => {
    expect(clean(raw(3125))).toBe('专栏5-4“丝路电商”云上大讲堂——上合组织专场');
  });

  it('keeps the citation separator ． as a period and the date hyphens, and restores the URL (note mode, 158–159)', () => {
    const note = `${raw(158).replace(/^ ① /, '')} ${raw(159)}`;
    const inlines = normalizeText(note, 'note');
    expect(inlineText(inlines)).toBe(
      '国家统计局 中华人民共和国2022年国民经济和社会发展统计公报[EB/OL].[2023-02-28]. http://www.stats.gov.cn/sj/zxfb/202302/t20230228_1919011.html',
    );
    const url = inlines.find((i) => i.type === 'url');
    expect(url).toEqual({
      type: 'url',
      url: {
        raw: 'http://wwwstatsgovcn/sj/zxfb/202302/t20230228_1919011html',
        url: 'http://www.stats.gov.cn/sj/zxfb/202302/t20230228_1919011.html',
        ambiguous: false,
      },
    });
  });

  it('drops the author/title space of a citation in text mode', () => {
    expect(clean('国家统计局 中华人民共和国２０２２年国民经济和社会发展统计公报')).toBe(
      '国家统计局中华人民共和国2022年国民经济和社会发展统计公报',
    );
  });

  it('does not map the : and / of a URL glued to text (1210 style)', () => {
    const inlines = normalizeText('中国物流与采购联合会http://wwwchinawuliucomcn/zcms/２０２２０３/t２０２２０３０１_１５html数据.');
    expect(inlines.map((i) => i.type)).toEqual(['text', 'url', 'text']);
    expect(inlineText(inlines)).toBe('中国物流与采购联合会http://www.chinawuliu.com.cn/zcms/202203/t20220301_15.html数据。');
  });

  it('turns footnote placeholders into footnote inlines', () => {
    const inlines = normalizeText(`比口径计算,比上年增长３５％${footnotePlaceholder(1)} (见图１Ｇ１).`);
    expect(inlines).toContainEqual({ type: 'footnote', n: 1 });
    expect(inlineText(inlines)).toBe('比口径计算，比上年增长35%（见图1-1）。');
  });

  it('keeps the space between two Latin words (B4 cannot restore lost ones)', () => {
    expect(clean(raw(2005).replace(/^ ① /, ''))).toBe('TEU是英文Twenty-feetEquivalentUnit的缩写，是以长度为20英尺的集装箱为国际计量单');
    expect(clean('提供 AI Gallery 功能')).toBe('提供AI Gallery功能');
  });

  it('keeps the space between the two clauses of a case title in note mode', () => {
    expect(clean('琶洲人工智能与数字经济试验区———抢抓数字经济风口\u3000壮大电商产业集群', 'note')).toBe(
      '琶洲人工智能与数字经济试验区——抢抓数字经济风口 壮大电商产业集群',
    );
  });
});
