import { describe, expect, it } from 'vitest';
import { displayWidth } from '@/lib/clean/page-geometry';
import { toSourceLines } from '@/lib/clean/source-lines';
import { sourceRange } from './source-range';

describe('toSourceLines', () => {
  it('drops blank lines and keeps 1-based source line numbers', () => {
    const lines = toSourceLines(sourceRange(105, 111));
    expect(lines.map((l) => l.no)).toEqual([105, 107, 109, 111].map((n) => n - 104));
    expect(lines[0].text).toBe('１１\u3000发展现状');
  });

  it('counts the blank lines before each line, including the triple gap after a page foot', () => {
    const lines = toSourceLines(sourceRange(129, 135));
    // 129, 130, 131 are tight footnote lines; 135 follows the three-blank page gap.
    expect(lines.map((l) => l.blanksBefore)).toEqual([0, 0, 0, 3]);
    expect(lines[3].text).toBe('元,按可比口径计算,比上年增长 ６２％,占社会 消 费 品 零 售 总 额 的 比 重 为');
  });

  it('strips the single leading space of a block start and records it', () => {
    const [marker, title] = toSourceLines(sourceRange(84, 85));
    expect(marker).toMatchObject({ text: '|第１章|', blockStart: true });
    expect(title).toMatchObject({ text: '２０２２年中国电子商务发展总报告', blockStart: false });
  });

  it('keeps the ideographic-space indent of a case paragraph (it is not a block-start space)', () => {
    const [line] = toSourceLines('\u3000\u3000近年来,广州市抢抓数字经济风口,以直播电商、跨境电商等新业态新模式');
    expect(line.blockStart).toBe(false);
    expect(line.text.startsWith('\u3000\u3000')).toBe(true);
  });

  it('accepts CRLF line ends', () => {
    const lines = toSourceLines('１１\u3000发展现状\r\n\r\n１１１\u3000全国电子商务交易额达４３８３万亿元\r\n');
    expect(lines.map((l) => l.text)).toEqual(['１１\u3000发展现状', '１１１\u3000全国电子商务交易额达４３８３万亿元']);
    expect(lines[1].blanksBefore).toBe(1);
  });
});

describe('displayWidth', () => {
  it('counts a CJK character or full-width mark as one column', () => {
    expect(displayWidth('发展现状')).toBe(4);
    expect(displayWidth('\u3000')).toBe(1);
  });

  it('makes a first paragraph line with eight digits about 31 columns (digits are narrow)', () => {
    expect(displayWidth('国家统计局数据显示,２０２２年,全国电子商务交易额达４３８３万亿元,按可')).toBeCloseTo(30.9);
  });

  it('counts full-width digits as 0.55 and ASCII as 0.5', () => {
    expect(displayWidth('２０２２')).toBeCloseTo(2.2);
    expect(displayWidth('B2B,')).toBe(2);
  });

  it('puts a full chapter body line at about 35 columns and a footnote line above 38', () => {
    const body = '应用、模式创新和市场规模等优势,积极推进电子商务国际合作的重要举措.“丝';
    expect(displayWidth(body)).toBeGreaterThan(34);
    expect(displayWidth(body)).toBeLessThan(36);
    const note = '国家统计局 中华人民共和国２０２２年国民经济和社会发展统计公报 [EB/OL]．[２０２３Ｇ０２Ｇ２８]．';
    expect(displayWidth(note)).toBeGreaterThanOrEqual(38);
  });
});
