import { describe, expect, it } from 'vitest';
import { joinWrapped, paragraphBreak, startsParagraph } from '@/lib/clean/join-lines';
import { sourceLines } from './source-range';

const raw = (n: number) => sourceLines()[n - 1];

describe('joinWrapped', () => {
  it('joins Chinese lines without a space', () => {
    expect(joinWrapped(raw(109), raw(111))).toBe(
      '国家统计局数据显示,２０２２年,全国电子商务交易额达４３８３万亿元,按可比口径计算,比上年增长３５％① (见图１Ｇ１).',
    );
  });

  it('joins a number split across the line break without a space (１９９ ⏎ 万亿元)', () => {
    expect(joinWrapped('网络零售额为１９９', '万亿元')).toBe('网络零售额为１９９万亿元');
  });

  it('drops a soft hyphen Ｇ between Latin letters at a line end (ModelArＧ ⏎ ts)', () => {
    expect(joinWrapped(raw(8652), raw(8654))).toBe(
      '队将与权威云服务商合作推动机器学习平台开发,建设一站式开发平台 ModelArts.它能够支撑开发者从数据到 AI应用的全流程开发过程,并且提供 AIGallery',
    );
  });

  it('keeps Ｇ at a line end inside a date (it is a real hyphen there)', () => {
    expect(joinWrapped('[２０２３Ｇ', '０１Ｇ３１]．')).toBe('[２０２３Ｇ０１Ｇ３１]．');
  });

  it('puts one space between two Latin words and strips the block-start indent', () => {
    expect(joinWrapped('并且提供 AIGallery', ' 功能,能够在市场内')).toBe('并且提供 AIGallery功能,能够在市场内');
    expect(joinWrapped('Twenty', '\u3000feet')).toBe('Twenty feet');
  });
});

describe('startsParagraph', () => {
  const W = 35;

  it('starts a new paragraph after a full-width line ending in `.` when the next line is two columns short (828 → 830)', () => {
    expect(startsParagraph(raw(828), raw(830), W)).toBe(true);
  });

  it('continues a paragraph over a line that does not end a sentence (826 → 828, 830 → 832)', () => {
    expect(startsParagraph(raw(826).trim(), raw(828), W)).toBe(false);
    expect(startsParagraph(raw(830), raw(832), W)).toBe(false);
  });

  it('starts a new paragraph after a short line that ends a sentence (111 → heading line)', () => {
    expect(startsParagraph(raw(111), '网络零售继续保持增长,成为扩大内需、拓展消费的重要力量.截至２０２２年', W)).toBe(true);
  });

  it('continues after a full line ending in `.` when the next line is also full width', () => {
    const full = '化、社交化、娱乐化的特点,逐渐形成 “兴趣内容引导购买”的新电商消费模式.'; // 385, 35.5 columns
    const nextFull = '的服务,包括电子支付、物流服务、信息技术服务、认证服务等,是支撑整个企业、个'; // ~36 columns
    expect(startsParagraph(full, nextFull, W)).toBe(false);
  });

  it('always starts a paragraph at a \\u3000\\u3000 indent', () => {
    expect(startsParagraph('成为各地数字经济发展重要引擎', raw(7561), W)).toBe(true);
  });

  it('treats `.` before a closing quote as a sentence end', () => {
    expect(startsParagraph('“兴趣内容引导购买.”', raw(830), W)).toBe(true);
  });
});

describe('paragraphBreak names the evidence that decided', () => {
  const W = 35;

  it('a full line after a sentence end runs on: the print did not indent it (9: 5815 → 5817)', () => {
    expect(paragraphBreak(raw(5815), raw(5817), W)).toMatchObject({ starts: false, rule: 'full-line-runs-on' });
  });

  it('a line two columns short after a sentence end is a first line (1: 828 → 830)', () => {
    expect(paragraphBreak(raw(828), raw(830), W)).toMatchObject({ starts: true, rule: 'first-line-indent' });
  });

  it("a paragraph's first line is full at the measure less the indent (3: 1909 → 1911, 二是… then the same paragraph)", () => {
    expect(paragraphBreak(raw(1909), raw(1911), W, true)).toMatchObject({ starts: false, rule: 'full-line-runs-on' });
    expect(paragraphBreak(raw(1909), raw(1911), W, false).rule).toBe('last-line-short');
  });

  it("inside a box, measured at the box's narrower width (5: 2970 → 2972, 一是… starts a paragraph)", () => {
    expect(paragraphBreak(raw(2970), raw(2972), 34)).toMatchObject({ starts: true });
    expect(paragraphBreak(raw(2980), raw(2982), 34)).toMatchObject({ starts: true, rule: 'short-line' });
  });

  it('a letter-spaced line fills the measure although it holds fewer characters (B: 7900 → 7902)', () => {
    expect(paragraphBreak(raw(7900), raw(7902), W)).toMatchObject({ starts: false, rule: 'mid-sentence' });
  });

  it('a semicolon after a full line joins clauses of one sentence, whatever the next line measures (9: 6078 → 6080)', () => {
    expect(paragraphBreak(raw(6078), raw(6080), W)).toMatchObject({ starts: false, rule: 'mid-sentence' });
  });

  it('a line that does not end a sentence never ends a paragraph (1: 826 → 828)', () => {
    expect(paragraphBreak(raw(826), raw(828), W).rule).toBe('mid-sentence');
  });
});
