import { describe, expect, it } from 'vitest';
import { alignByContent, evidence, sharedBigrams } from '@/lib/clean/align-notes';
import { sourceLines } from './source-range';

const raw = (n: number) => sourceLines()[n - 1].trim();

describe('evidence that a note belongs to a marker', () => {
  it('counts a citation dated the day the sentence names (4829 ２０２２年１月１日 «上海市数据条例» vs 4835 [２０２３Ｇ１Ｇ１])', () => {
    const sentence = '２０２２年１月１日,«上海市数据条例»';
    expect(evidence(sentence, raw(4835))).toBeGreaterThan(sharedBigrams(sentence, raw(4835)));
  });

  it('gives no date evidence when the days differ (4557 ３月１６日 vs 4624 [２０２２Ｇ３Ｇ１７])', () => {
    const sentence = '３月１６日,最高人民法院出台 «关于适用 ‹中华人民共和国反不正当竞争法›';
    const body = `${raw(4622)}\n${raw(4624)}`;
    expect(evidence(sentence, body)).toBe(sharedBigrams(sentence, body));
  });

  it('aligns in order and leaves out a marker whose sentence shares nothing with any body', () => {
    const contexts = ['«浙江省公共数据条例»', '«辽宁省大数据发展条例»', '«陕西省大数据条例»'];
    expect(alignByContent(contexts, [raw(4834)])).toEqual([[1, 0]]);
  });
});
