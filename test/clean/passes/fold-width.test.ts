import { describe, expect, it } from 'vitest';
import { foldWidth, innerTitleMarks } from '@/lib/clean/fold-width';
import { sourceLines } from './source-range';

const raw = (n: number) => sourceLines()[n - 1];

describe('foldWidth', () => {
  it('turns full-width digits into ASCII digits', () => {
    expect(foldWidth(raw(107))).toBe('111\u3000全国电子商务交易额达4383万亿元');
  });

  it('turns the extractor hyphen Ｇ into "-" (figure ids, citation dates, URL paths)', () => {
    expect(foldWidth(raw(138))).toBe(' 图1-1\u30002011-2022年全国电子商务交易额');
    expect(foldWidth('[EB/OL]．[２０２３Ｇ０２Ｇ２８]．')).toBe('[EB/OL].[2023-02-28].');
    expect(foldWidth('docＧimyintzq８０４１５１２shtml')).toBe('doc-imyintzq8041512shtml');
  });

  it('folds ％ ＋ － ＝ ＞ and ．', () => {
    expect(foldWidth('家具 ５３３％ －２５０％')).toBe('家具 533% -250%');
    expect(foldWidth('“电商＋产业品牌”')).toBe('“电商+产业品牌”');
    expect(foldWidth('? code＝&state＝１２３')).toBe('? code=&state=123');
    expect(foldWidth('微信下单－＞')).toBe('微信下单->');
  });

  it('leaves full-width Chinese punctuation, circled markers and the ideographic space alone', () => {
    expect(foldWidth('，：；！？（）①\u3000、“”〔〕')).toBe('，：；！？（）①\u3000、“”〔〕');
  });

  it('leaves ASCII text and CJK characters unchanged', () => {
    expect(foldWidth(raw(1096))).toBe('但增长速度较快.其中,中小企业活跃度较高,B2B 服务平台营收同比增长');
  });
});

describe('innerTitleMarks', () => {
  it('turns ＜＞ inside a book title «…» into 〈〉 (840–842 joined)', () => {
    const joined = raw(840) + raw(842);
    expect(innerTitleMarks(joined)).toContain('«关于修改〈中华人民共和国反垄断法〉的决定»');
  });

  it('keeps the －＞ arrow outside book titles (9243–9244)', () => {
    expect(innerTitleMarks(raw(9244))).toBe(raw(9244));
    expect(innerTitleMarks(raw(9244))).toContain('顺丰上门取送－＞智慧工厂洗护');
  });

  it('does not touch ＜ in a title broken across lines before the line is joined', () => {
    // Line 840 alone has no closing », so there is no complete title to look into.
    expect(innerTitleMarks(raw(840))).toBe(raw(840));
  });
});
