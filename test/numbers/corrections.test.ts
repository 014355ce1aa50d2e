import { describe, expect, it } from 'vitest';
import { classifyNumbers } from '@/lib/numbers/classify';
import { CorrectionError } from '@/lib/numbers/corrections';
import { blockTokens, report } from './helpers';
import committed from '@/content/number-corrections.json';

const IT =
  '2022年，我国软件和信息技术服务业运行稳步向好，信息技术服务收入70128亿元，同比增长117%，占全行业收入比重为649%。其中，云服务、大数据服务共实现收入10427亿元，同比增长87%，占信息技术服务收入的149%。';
const entry = {
  context: '信息技术服务收入70128亿元',
  raw: '70128',
  value: '70128',
  reason: 'test entry',
  source: '工业和信息化部《2022年软件和信息技术服务业统计公报》',
};

describe('the corrections file', () => {
  it('confirms a number named by its context, with the reason and source', () => {
    const tokens = blockTokens(IT, '2');
    const readings = classifyNumbers(tokens, { corrections: [entry] });
    expect(readings[0]).toMatchObject({ status: 'confirmed', value: '70128', relation: 'correction' });
    expect(readings[0].reason).toContain('统计公报');
  });

  it('feeds confirmed values to the relations, which still settle only on a unique fit', () => {
    // With 70128 confirmed, 10427/70128 = 14.9 % and 1042.7/70128 = 1.49 % both fit: nothing settles.
    const tokens = blockTokens(IT, '2');
    const readings = classifyNumbers(tokens, { corrections: [entry] });
    const share = readings[tokens.findIndex((t) => t.before.endsWith('占信息技术服务收入的'))];
    const part = readings[tokens.findIndex((t) => t.before.endsWith('共实现收入'))];
    expect(part.status).toBe('inferred');
    expect(share.status).toBe('inferred');
    // Confirming the share too leaves one fit: the part is then proven to be the integer 10427.
    const both = classifyNumbers(tokens, {
      corrections: [entry, { context: '占信息技术服务收入的149%', raw: '149', value: '14.9', reason: 'test entry' }],
    });
    expect(both[tokens.findIndex((t) => t.before.endsWith('共实现收入'))]).toMatchObject({
      status: 'settled',
      value: '10427',
      relation: 'ratio',
    });
  });

  it('fails loudly when an entry no longer matches any number', () => {
    const tokens = blockTokens(IT.replace('70128', '70129'), '2');
    expect(() => classifyNumbers(tokens, { corrections: [entry], strict: true })).toThrow(CorrectionError);
    expect(() => classifyNumbers(tokens, { corrections: [entry], strict: true })).toThrow(/matches 0 numbers/);
  });

  it('is strict by default for a whole report, lenient for an excerpt that lacks the number', () => {
    const other = blockTokens('2022年，全国网上零售额达1379万亿元，比上年增长40%。', '1');
    expect(classifyNumbers(other, { corrections: [entry] }).map((r) => r.status)).not.toContain('confirmed');
    const whole = report(other, blockTokens('网络零售额达1379万亿元。', '3'), blockTokens('增长40%。', '4'));
    expect(() => classifyNumbers(whole, { corrections: [entry] })).toThrow(/matches 0 numbers/);
  });

  it('fails loudly when an entry matches more than one number', () => {
    const tokens = report(blockTokens(IT, '2'), blockTokens(IT, '2'));
    expect(() => classifyNumbers(tokens, { corrections: [entry] })).toThrow(/matches 2 numbers/);
  });

  it('tells a heading from the body sentence that repeats it when the context is pinned with ^ and $', () => {
    const heading = blockTokens('全国电子商务交易额达4383万亿元', '1');
    const body = blockTokens('国家统计局数据显示，2022年，全国电子商务交易额达4383万亿元，按可比口径计算，比上年增长35%。', '1', 2);
    const tokens = report(heading, body);
    const loose = {
      context: '全国电子商务交易额达4383万亿元',
      raw: '4383',
      value: '43.83',
      reason: 'test entry',
      basis: 'argument' as const,
    };
    expect(() => classifyNumbers(tokens, { corrections: [loose] })).toThrow(/matches 2 numbers/);
    const pinned = classifyNumbers(tokens, { corrections: [{ ...loose, context: '^全国电子商务交易额达4383万亿元$' }] });
    expect(pinned[0]).toMatchObject({ status: 'confirmed', value: '43.83' });
    expect(pinned[1].status).not.toBe('confirmed');
  });

  it('keeps a reviewed but unsettled number inferred, shown with the reviewer’s reading and reason', () => {
    const tokens = blockTokens(IT, '2');
    const review = {
      context: '同比增长117%',
      raw: '117',
      value: '11.7',
      basis: 'review' as const,
      reason: '公报未查到，按增速一位小数的习惯',
    };
    const [, growth] = classifyNumbers(tokens, { corrections: [review] });
    expect(growth).toMatchObject({ status: 'inferred', value: '11.7', relation: 'review' });
    expect(growth.reason).toContain('审校');
    expect(() => classifyNumbers(tokens, { corrections: [{ ...review, basis: 'source' as const }] })).toThrow(/needs a source/);
  });

  it('rejects a value that is not the raw digits with a point', () => {
    const tokens = blockTokens(IT, '2');
    expect(() => classifyNumbers(tokens, { corrections: [{ ...entry, value: '7012.9' }] })).toThrow(/not the raw digits/);
  });

  it('is a list of entries with context, raw, value and reason', () => {
    expect(Array.isArray(committed)).toBe(true);
    for (const e of committed as Record<string, unknown>[]) {
      expect(typeof e.context).toBe('string');
      expect(typeof e.raw).toBe('string');
      expect(typeof e.value).toBe('string');
      expect(typeof e.reason).toBe('string');
    }
  });
});
