import { describe, expect, it } from 'vitest';
import { findNumbers } from '@/lib/clean/find-numbers';
import { foldWidth } from '@/lib/clean/fold-width';

/** findNumbers runs on width-folded text with the spaces removed. */
const numbers = (raw: string) => findNumbers(foldWidth(raw)).map((n) => `${n.raw}|${n.unit}`);

describe('findNumbers', () => {
  it('finds a number with a magnitude unit (４３８３万亿元) with its position', () => {
    const text = foldWidth('国家统计局数据显示,２０２２年,全国电子商务交易额达４３８３万亿元,按可');
    const [found] = findNumbers(text);
    expect(found).toEqual({ start: 26, end: 33, raw: '4383', unit: '万亿元' });
    expect(text.slice(found.start, found.end)).toBe('4383万亿元');
  });

  it('does not take a year (２０２２年) for a number with a unit', () => {
    expect(numbers('国家统计局数据显示,２０２２年,全国电子商务交易额达４３８３万亿元,按可')).toEqual(['4383|万亿元']);
  });

  it('finds every percentage of a list', () => {
    expect(numbers('分别为１８１％、１２２％和０６１％')).toEqual(['181|%', '122|%', '061|%']);
  });

  it('reads －２５０％ as a negative number (table 1-1, 家具 growth cell)', () => {
    const found = findNumbers(foldWidth('－２５０％'));
    expect(found.map((n) => n.raw)).toEqual(['-250']);
    expect(found[0].start).toBe(0);
  });

  it('reads a dash after a number or unit as a range, not a minus (４０％－５０％, line 9725)', () => {
    expect(numbers('配送成本将下降４０％－５０％')).toEqual(['40|%', '50|%']);
  });

  it('does not read the second half of a range as negative (１０－２０％)', () => {
    expect(numbers('占比在１０－２０％之间')).toEqual(['20|%']);
    expect(numbers('(２０１８~２０２０年)')).toEqual([]);
  });

  it('excludes an ordinal (第３) and an id inside a standard number', () => {
    expect(numbers('第３万')).toEqual([]);
    expect(numbers('(GB/T４１２４２－２０２２)')).toEqual([]);
  });

  it('does not collect count units (６２００家) unless they follow 万/亿 (２４４８０７万家)', () => {
    expect(numbers('落户电子商务企业超６２００家.')).toEqual([]);
    expect(numbers('网店数量达２４４８０７万家')).toEqual(['244807|万家']);
    expect(numbers('银行共处理电子支付业务２７８９６５亿笔,金额３１１０１３万亿元')).toEqual(['278965|亿笔', '311013|万亿元']);
  });

  it('finds 个百分点, 倍 and 元 units', () => {
    expect(numbers('提升４３个百分点')).toEqual(['43|个百分点']);
    expect(numbers('增长３倍')).toEqual(['3|倍']);
    expect(numbers('每单０３６元')).toEqual(['036|元']);
  });

  it('takes the longest unit (万亿元 before 万亿 before 万)', () => {
    expect(numbers('实物商品网上零售额１１９６万亿')).toEqual(['1196|万亿']);
    expect(numbers('２５７３９万TEU')).toEqual(['25739|万']);
  });
});
