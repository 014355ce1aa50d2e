import { describe, expect, it } from 'vitest';
import { HeadingWalk, headingNumber } from '@/lib/content/anchors';

const walkAll = (slug: string, headings: [number, string][]) => {
  const walk = new HeadingWalk(slug);
  return headings.map(([level, text]) => walk.enter(level, headingNumber(text)));
};

describe('the heading walk every id comes from', () => {
  it('numbers sections by their printed numbers and items under the section they follow', () => {
    const walked = walkAll('2', [
      [1, '第2章 电子商务服务业发展报告'],
      [2, '2.1 发展现状'],
      [3, '2.1.2 支撑服务业'],
      [4, '1. 电子支付服务'],
      [4, '2. 电子认证服务'],
      [3, '2.1.3 衍生服务业'],
    ]);
    expect(walked.map((w) => w.id)).toEqual(['sec-2', 'sec-2-1', 'sec-2-1-2', 'sec-2-1-2-i1', 'sec-2-1-2-i2', 'sec-2-1-3']);
    expect(walked.map((w) => w.parent)).toEqual([null, null, 'sec-2-1', 'sec-2-1-2', 'sec-2-1-2', 'sec-2-1']);
  });

  it('numbers an item that comes before any section under the part itself', () => {
    expect(walkAll('appendix-b', [[4, '1. 政策扶持']]).map((w) => w.id)).toEqual(['sec-appendix-b-i1']);
  });

  it('reads appendix groups and cases', () => {
    expect(
      walkAll('appendix-b', [
        [2, 'B1 强化政策扶持和要素投入 打造数字经济新引擎'],
        [3, 'B1.1 琶洲人工智能与数字经济试验区'],
      ]).map((w) => w.id),
    ).toEqual(['sec-b1', 'sec-b1-1']);
  });

  it('gives an unnumbered heading no id and files what follows it under the enclosing section', () => {
    const [, unnumbered] = walkAll('1', [
      [2, '1.1 发展现状'],
      [3, '发展特点'],
    ]);
    expect(unnumbered).toEqual({ id: null, parent: 'sec-1-1', section: 'sec-1-1' });
  });

  it('gives a second heading with an already used number no id, so no link can land on the wrong one', () => {
    expect(
      walkAll('1', [
        [2, '1.1 发展现状'],
        [2, '1.1 发展现状'],
      ]).map((w) => w.id),
    ).toEqual(['sec-1-1', null]);
  });

  it('does not read a year or a count at the start of a title as a section number', () => {
    expect(headingNumber('2022年中国电子商务发展总报告')).toBeNull();
    expect(headingNumber('1.1.1 全国电子商务交易额达43.83万亿元')).toBe('1.1.1');
    expect(headingNumber('3. 电子商务代运营服务')).toBe('3.');
  });
});
