import { describe, expect, it } from 'vitest';
import { removeSpaces } from '@/lib/clean/remove-spaces';

describe('removeSpaces', () => {
  it('removes the letter-spacing of a justified line (135)', () => {
    expect(removeSpaces('元，按可比口径计算，比上年增长 ６２％，占社会 消 费 品 零 售 总 额 的 比 重 为')).toBe(
      '元，按可比口径计算，比上年增长６２％，占社会消费品零售总额的比重为',
    );
  });

  it('removes the letter-spacing around numbers and units (1227)', () => {
    expect(removeSpaces('数据服务 共 实 现 收 入 １０４２７ 亿 元，同 比 增 长 ８７％，占 信 息 技 术 服 务 收 入 的')).toBe(
      '数据服务共实现收入１０４２７亿元，同比增长８７％，占信息技术服务收入的',
    );
  });

  it('removes the ideographic space and double spaces of the case text (7900)', () => {
    expect(removeSpaces('\u3000\u3000深圳  星 河 WORLD 国 际 电 子 商 务 产 业 基 地 （以 下 简 称 “深 圳  星 河')).toBe(
      '深圳星河WORLD国际电子商务产业基地（以下简称“深圳星河',
    );
  });

  it('removes the side bearing before an opening quote and between adjacent quotes (556)', () => {
    expect(removeSpaces('通过推进如 “电商＋产业品牌” “电商＋工业制造”')).toBe('通过推进如“电商＋产业品牌”“电商＋工业制造”');
    expect(removeSpaces('５２１ “丝路电商” 成为共建 “一带一路” 新亮点')).toBe('５２１“丝路电商”成为共建“一带一路”新亮点');
  });

  it('removes spaces between Chinese and Latin (B２B 服务平台, 万 TEU)', () => {
    expect(removeSpaces('中小企业活跃度较高，B２B 服务平台营收同比增长')).toBe('中小企业活跃度较高，B２B服务平台营收同比增长');
    expect(removeSpaces('总运力规模达到２５７３９万 TEU，同')).toBe('总运力规模达到２５７３９万TEU，同');
  });

  it('keeps the space between two Latin words', () => {
    expect(removeSpaces('TEU是英文 Twenty－feetEquivalentUnit的缩写')).toBe('TEU是英文Twenty－feetEquivalentUnit的缩写');
    expect(removeSpaces('并且提供 AI Gallery 功能')).toBe('并且提供AI Gallery功能');
    expect(removeSpaces('SpringCloudDubbo＋ Naocs')).toBe('SpringCloudDubbo＋Naocs');
  });

  it('in note mode keeps the space between a citation author and title', () => {
    const note = '国家统计局 中华人民共和国２０２２年国民经济和社会发展统计公报 [EB/OL]. [２０２３-０２-２８].';
    expect(removeSpaces(note, 'note')).toBe('国家统计局 中华人民共和国２０２２年国民经济和社会发展统计公报[EB/OL].[２０２３-０２-２８].');
    expect(removeSpaces(note)).toBe('国家统计局中华人民共和国２０２２年国民经济和社会发展统计公报[EB/OL].[２０２３-０２-２８].');
  });

  it('in note mode still removes the space before an opening book-title mark', () => {
    expect(removeSpaces('中国人民银行 《２０２２年支付体系运行总体情况》', 'note')).toBe('中国人民银行《２０２２年支付体系运行总体情况》');
  });

  it('removes leading and trailing spaces', () => {
    expect(removeSpaces(' ① 国家统计局 ')).toBe('①国家统计局');
  });
});
