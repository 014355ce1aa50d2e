import { describe, expect, it } from 'vitest';
import { despaceLine, joinCellLines, namesShownAlone } from '@/lib/clean/appendix-a-cells';
import { sourceLines } from './source-range';

const raw = (n: number) => sourceLines()[n - 1];

describe('despaceLine', () => {
  it('removes letter-spacing but keeps the space before a name cut after its first character (7163)', () => {
    expect(despaceLine(raw(7163))).toBe('交通运输部 铁路局 民航局 邮政局 国');
  });

  it('keeps the space after the last character of a name wrapped from the line before (7353)', () => {
    expect(despaceLine(raw(7353))).toBe('部 广电总局 银保监会 证监会 国家电');
  });

  it('joins a spread line whose last character belongs to the spread (6584)', () => {
    expect(despaceLine('中华人 民 共 和 国 农 产 品 质 量 安 全 法')).toBe('中华人民共和国农产品质量安全法');
  });
});

describe('joinCellLines', () => {
  const names = namesShownAlone([[raw(7163)], ['民政部 中央政法委 中央网信办等印发'], ['财政部 税务总局']]);

  it('learns the names that stand alone between spaces', () => {
    expect([...names]).toEqual(expect.arrayContaining(['交通运输部', '铁路局', '民航局', '邮政局', '民政部', '中央政法委', '财政部']));
    expect(names.has('国')).toBe(false);
  });

  it('puts a space between two such names where the line broke between them, and none inside a name', () => {
    expect(joinCellLines(['工业和信息化部 民政部', '财政部 住房城乡建设部'], names)).toBe('工业和信息化部 民政部 财政部 住房城乡建设部');
    expect(joinCellLines([raw(7163), raw(7165)], names)).toBe('交通运输部 铁路局 民航局 邮政局 国铁集团关于加快推进冷链物流运输高');
  });
});
