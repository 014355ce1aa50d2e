import { describe, expect, it } from 'vitest';
import { render } from './render-fixture';
import { toFullWidth } from '@/lib/markdown/rehype-num-marks';

describe(':num readings are marked by how sure they are', () => {
  const { html } = render('chapter-1-opening.md', { slug: '1' });

  it('marks an inferred reading and names the raw digits as the source printed them', () => {
    expect(html).toContain(
      '<abbr id="num-1-2" class="num-mark" data-status="inferred" data-raw="４３８３" title="小数点位置系推断，原文数字为 ４３８３" tabindex="0">43.83</abbr>万亿元',
    );
  });

  it('marks an unsettled reading as undecided', () => {
    expect(html).toContain('title="小数点位置未定，原文数字为 ３５" tabindex="0">35</abbr>%');
  });

  it('shows settled and confirmed readings as plain text', () => {
    expect(html).toContain('<span id="num-1-4" class="num" data-raw="１３７９">13.79</span>万亿元');
    expect(html).toContain('<span id="num-1-5" class="num num-confirmed" data-basis="source" data-raw="８４５">8.45</span>亿');
    expect(html).not.toMatch(/data-status="(settled|confirmed)"/);
  });

  it('marks numbers inside table cells too', () => {
    expect(html).toMatch(/<td class="num-col" data-label="[^"]+"><abbr id="num-1-11" class="num-mark" data-status="inferred"/);
  });

  it('writes raw digits full width, as in the source', () => {
    expect(toFullWidth('-250')).toBe('－２５０');
  });
});

describe('how a reading was decided is offered on hover, in full where asked', () => {
  const reasons = new Map([
    ['num-1-2', '本报告已确定的万亿数字中，3/3个保留2位小数'],
    ['num-1-4', '与第1.1.2节标题相同'],
  ]);
  const { html } = render('chapter-1-opening.md', { slug: '1', numberReasons: reasons, numberTitles: 'full' });

  it('says apart a reading confirmed by a cited source, one confirmed by an argument and one settled by the text', () => {
    const why = new Map([...reasons, ['num-1-5', '8.45亿÷10.67亿=79.2%']]);
    const bases = new Map<string, 'source' | 'argument'>([['num-1-5', 'argument']]);
    const confirmed = render('chapter-1-opening.md', { slug: '1', numberReasons: why, numberBases: bases, numberTitles: 'full' }).html;
    expect(confirmed).toContain(
      '<span id="num-1-5" class="num num-confirmed" data-basis="argument" data-raw="８４５" title="小数点位置经文中数字推算核实：8.45亿÷10.67亿=79.2%">8.45</span>',
    );
    expect(confirmed).toContain(
      '<span id="num-1-4" class="num" data-raw="１３７９" title="小数点位置已确定：与第1.1.2节标题相同">13.79</span>',
    );
    const sourced = render('chapter-1-opening.md', {
      slug: '1',
      numberReasons: why,
      numberBases: new Map([['num-1-5', 'source']]),
      numberTitles: 'full',
    }).html;
    expect(sourced).toContain('title="小数点位置经所引来源核实：8.45亿÷10.67亿=79.2%"');
  });

  it('adds the reason to an inferred reading after the raw digits', () => {
    expect(html).toContain('title="小数点位置系推断，原文数字为 ４３８３\n依据：本报告已确定的万亿数字中，3/3个保留2位小数"');
  });

  it('gives a settled reading a title but no mark', () => {
    expect(html).toContain('<span id="num-1-4" class="num" data-raw="１３７９" title="小数点位置已确定：与第1.1.2节标题相同">13.79</span>');
  });
});

describe('chapter pages carry the short titles (the reasoning comes from the reasons file)', () => {
  const reasons = new Map([
    ['num-1-2', '本报告已确定的万亿数字中，3/3个保留2位小数'],
    ['num-1-4', '与第1.1.2节标题相同'],
  ]);
  const { html } = render('chapter-1-opening.md', { slug: '1', numberReasons: reasons });

  it('keeps the notice and the raw digits of an inferred reading, not its reasoning', () => {
    expect(html).toContain('data-raw="４３８３" title="小数点位置系推断，原文数字为 ４３８３" tabindex="0">43.83</abbr>');
    expect(html).not.toContain('3/3个保留2位小数');
  });

  it('says how a settled reading was settled, without the argument', () => {
    expect(html).toContain('<span id="num-1-4" class="num" data-raw="１３７９" title="小数点位置已确定">13.79</span>');
    expect(html).not.toContain('与第1.1.2节标题相同');
  });
});
