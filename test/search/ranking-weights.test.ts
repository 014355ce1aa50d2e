import { describe, expect, it } from 'vitest';
import { wordBounds } from '@/lib/search/build';
import { search } from '@/lib/search/search';
import { CORPUS_DIR, indexFor } from './helpers';

const { index } = indexFor(CORPUS_DIR);
const top = (q: string, n = 3) => search(index, q).results.slice(0, n);
const byAnchor = (anchor: string) => index.docs.find((d) => d.anchor === anchor)!;

describe('the field-weighted ranking on the report (the failures the issue measured)', () => {
  it('matches a heading only on word boundaries: 电子商务法 is not in 电子商务法律人才', () => {
    expect(wordBounds('电子商务法律法规', (s) => ['电子商务', '法律法规'].filter((t) => s.includes(t)))).toEqual([0, 4, 8]);
    const legal = byAnchor('sec-8-2-5');
    expect(legal.headingNorm).toContain('电子商务法');
    const at = legal.headingNorm.indexOf('电子商务法');
    expect(legal.headingBounds.has(at) && legal.headingBounds.has(at + '电子商务法'.length)).toBe(false);
  });

  it('puts chapter 5’s overview unit first for 丝路电商 (it was 7th)', () => {
    expect(top('丝路电商', 1)[0].anchor).toBe('sec-5');
  });

  it('does not lead with caption-only figures for 网络零售额 2022', () => {
    const captionOnly = top('网络零售额 2022').filter((r) => byAnchor(r.anchor).captionOnly);
    expect(captionOnly).toEqual([]);
    expect(index.docs.filter((d) => d.kind === 'figure' && d.captionOnly).length).toBeGreaterThan(40);
  });

  it('keeps citation footnotes out of the top 3', () => {
    for (const q of ['个人信息', '知识产权', '反垄断', '电子支付']) {
      expect(
        top(q).filter((r) => byAnchor(r.anchor).citation),
        q,
      ).toEqual([]);
    }
  });

  it('puts the section titled 跨境电商综试区… first for 跨境电商 综合试验区', () => {
    expect(top('跨境电商 综合试验区', 1)[0].anchor).toBe('sec-3-3-3');
  });
});
