import { describe, expect, it } from 'vitest';
import { classOf, countByPart, countByRelation, numberContexts, plausibilityFlags, toCsv } from '@/lib/numbers/summary';

const n = (status: string, reason?: string, relation?: string) => ({
  id: 'x',
  raw: '35',
  reading: '3.5',
  unit: '%',
  status,
  section: null,
  reason,
  relation,
});

describe('number summaries for the about page and the report', () => {
  it('splits settled numbers by rule and by relation, from `relation` or else from the rule texts', () => {
    expect(classOf(n('settled', '首位为0，小数点只能紧跟在0之后'))).toBe('rule');
    expect(classOf(n('settled', '占比、普及率、满意度等不能超过100%；本报告小数最多保留2位'))).toBe('rule');
    expect(classOf(n('settled', '同一列举中的各部分占比合计应为100%：…'))).toBe('relation');
    expect(classOf(n('settled', 'anything', 'rule'))).toBe('rule');
    expect(classOf(n('inferred'))).toBe('inferred');
  });

  it('splits confirmed numbers by what they rest on and inferred ones by whether a reviewer looked', () => {
    expect(classOf({ ...n('confirmed', '公报原文为70128亿元', 'correction'), basis: 'source' })).toBe('source');
    expect(classOf({ ...n('confirmed', '128.0+957.7+20.2=1105.8', 'correction'), basis: 'argument' })).toBe('argument');
    expect(classOf(n('inferred', '审校：按增速一位小数的习惯', 'review'))).toBe('reviewed');
    expect(classOf(n('inferred', '本报告已确定的增速中…', 'convention'))).toBe('inferred');
  });

  it('counts per part and in total', () => {
    const { rows, total } = countByPart([
      { slug: '1', label: '第1章', numbers: [n('inferred'), n('settled', '首位为0，小数点只能紧跟在0之后')] },
      { slug: '2', label: '第2章', numbers: [n('inferred')] },
    ]);
    expect(rows[0].counts).toMatchObject({ inferred: 1, rule: 1, relation: 0 });
    expect(total.counts.inferred).toBe(2);
    expect(total.total).toBe(3);
  });

  it('quotes the plain text around a number, other numbers as their readings', () => {
    const md =
      '国家统计局数据显示，2022年，全国电子商务交易额达:num[43.83]{#num-1-2 raw="4383" unit="万亿元" status="inferred"}万亿元，按可比口径计算，比上年增长:num[3.5]{#num-1-3 raw="35" unit="%" status="inferred"}%[^1]（见图1-1）。';
    const contexts = numberContexts(md, 12);
    expect(contexts.get('num-1-3')).toEqual({ before: '43.83万亿元，按可比口径计算，比上年增长'.slice(-12), after: '%（见图1-1）。' });
    expect(contexts.get('num-1-2')!.after).toBe('万亿元，按可比口径计算，比上年增长'.slice(0, 12));
  });

  it('writes CSV with quoting', () => {
    expect(
      toCsv([
        ['a', 'b,c'],
        ['"q"', 'd'],
      ]),
    ).toBe('a,"b,c"\n"""q""",d\n');
  });
});

describe('relation families and plausibility flags for the report', () => {
  it('counts settled numbers per relation family, leaving rules out', () => {
    const numbers = [
      n('settled', '…', 'share-list'),
      n('settled', '…', 'period-rate'),
      n('settled', '…', 'share-list'),
      n('settled', '首位为0，小数点只能紧跟在0之后', 'rule'),
      n('inferred', '…', 'convention'),
    ];
    expect(countByRelation(numbers)).toEqual([
      ['share-list', 2],
      ['period-rate', 1],
    ]);
  });

  it('lists inferred readings the plausibility check re-chose or reported', () => {
    const numbers = [
      n('inferred', '…；合理性检查：…', 'plausibility'),
      n('inferred', '…；合理性检查未通过：…', 'implausible'),
      n('inferred', '…', 'convention'),
    ];
    const flags = plausibilityFlags(numbers);
    expect(flags.rechosen).toEqual([numbers[0]]);
    expect(flags.reported).toEqual([numbers[1]]);
  });
});
