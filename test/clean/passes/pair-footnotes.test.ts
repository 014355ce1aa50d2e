import { describe, expect, it } from 'vitest';
import { classifyLines } from '@/lib/clean/classify-lines';
import { dropPageFurniture } from '@/lib/clean/drop-page-furniture';
import { footnotePlaceholder } from '@/lib/clean/normalize-text';
import { pairFootnotes, sentenceBeforeMarker } from '@/lib/clean/pair-footnotes';
import { lines, rawPart, sourceRangeLines } from './source-range';

const paired = (slug: string, input: ReturnType<typeof lines>) =>
  pairFootnotes(classifyLines(rawPart(slug, dropPageFurniture(input).lines)));

describe('pairFootnotes', () => {
  it('pairs the page-foot marker block ①② with the markers in the text, in order (109–135)', () => {
    const result = paired('1', sourceRangeLines(109, 135));
    expect(result.footnotes).toEqual([
      {
        n: 1,
        text: '国家统计局 中华人民共和国２０２２年国民经济和社会发展统计公报 [EB/OL]．[２０２３Ｇ０２Ｇ２８]．\nhttp://wwwstatsgovcn/sj/zxfb/２０２３０２/t２０２３０２２８_１９１９０１１html',
        markerLine: 111,
      },
      { n: 2, text: '中国互联网络信息中心:第５１次 «中国互联网络发展状况统计报告»,２０２３年３月,第２９页', markerLine: 119 },
    ]);
    expect(result.unattached).toEqual([]);
  });

  it('replaces each in-text marker with a numbered placeholder and leaves other lines alone', () => {
    const result = paired('1', sourceRangeLines(109, 135));
    const line111 = result.lines.find((l) => l.no === 111)!;
    expect(line111.text).toBe(`比口径计算,比上年增长３５％${footnotePlaceholder(1)} (见图１Ｇ１).`);
    expect(result.lines.find((l) => l.no === 109)!.text).toBe('国家统计局数据显示,２０２２年,全国电子商务交易额达４３８３万亿元,按可');
  });

  it('pairs an inline body by its printed number', () => {
    const result = paired(
      '1',
      lines(
        '品、金银珠宝、烟酒实现较快增长,同比增速均超过１９０％ (见表１Ｇ１).①',
        ' ① 国家统计局 中华人民共和国２０２２年国民经济和社会发展统计公报 [EB/OL]． [２０２３Ｇ０２Ｇ２８]．',
        'http://wwwstatsgovcn/sj/zxfb/２０２３０２/t２０２３０２２８_１９１９０１１html',
      ),
    );
    expect(result.footnotes).toHaveLength(1);
    expect(result.footnotes[0].text).toMatch(/^国家统计局 中华人民共和国/);
  });

  it('keeps a null body for a marker whose page foot was lost when the count restarts at ①', () => {
    const result = paired(
      '1',
      lines(
        '１２月提升４３个百分点①.据工业和信息化部统计,２０２２年开通５G基站８０多万',
        '比口径计算,比上年增长３５％① (见图１Ｇ１).',
        ' ① 国家统计局 中华人民共和国２０２２年国民经济和社会发展统计公报 [EB/OL]． [２０２３Ｇ０２Ｇ２８]．',
        'http://wwwstatsgovcn/sj/zxfb/２０２３０２/t２０２３０２２８_１９１９０１１html',
      ),
    );
    expect(result.footnotes.map((f) => [f.n, f.text === null])).toEqual([
      [1, true],
      [2, false],
    ]);
  });

  it('reports a body whose marker is not pending as unattached', () => {
    const result = paired(
      '1',
      lines(
        '国家统计局数据显示,２０２２年,全国电子商务交易额达４３８３万亿元,按可',
        ' ① 国家统计局 中华人民共和国２０２２年国民经济和社会发展统计公报 [EB/OL]． [２０２３Ｇ０２Ｇ２８]．',
        'http://wwwstatsgovcn/sj/zxfb/２０２３０２/t２０２３０２２８_１９１９０１１html',
      ),
    );
    expect(result.footnotes).toEqual([]);
    expect(result.unattached).toHaveLength(1);
    expect(result.unattached[0].line).toBe(3);
  });
});

describe('pairing a page foot that has fewer bodies than the page has markers (chapter 7)', () => {
  const textOf = (result: ReturnType<typeof paired>) => result.footnotes.map((f) => f.text?.split(' ')[1]?.slice(0, 9) ?? null);

  it('gives each body the marker whose own sentence names it, not the next one (4793–4835: ④ 辽宁, ⑤ lost, ⑥ 上海)', () => {
    const result = paired('7', sourceRangeLines(4793, 4835));
    expect(textOf(result)).toEqual(['数据出境安全评估办', null, null, '辽宁省大数据发展条', null, '上海市数据条例〗']);
  });

  it('joins the surviving tail of a lost URL to the note before it instead of leaving a bare hash (4833)', () => {
    const result = paired('7', sourceRangeLines(4793, 4835));
    expect(result.footnotes[0].text).toMatch(/\[２０２２Ｇ７Ｇ７\]．\ndd３２fa５e５７e２０b０a７e８e３bfd４２\.$/);
    expect(result.unattached).toEqual([]);
  });

  it("pairs the judicial interpretation with the sentence about it, not with the next marker's (4559–4625: ① gets it)", () => {
    const result = paired('7', sourceRangeLines(4559, 4625));
    expect(result.footnotes.map((f) => (f.text === null ? null : f.text.includes('发布反不正当竞争法司法解释')))).toEqual([
      true,
      null,
      null,
    ]);
  });
});

describe('sentenceBeforeMarker', () => {
  it('keeps only the sentence the marker closes, cut after the previous sentence end or marker', () => {
    expect(
      sentenceBeforeMarker(
        '优先开放与民生紧密相关、社会迫切需要等方面的数据.«辽宁省大数据发展条例»④ 则针对市场主体作了保障性规定.«陕西省大数据条例»',
      ),
    ).toBe('«陕西省大数据条例»');
    expect(sentenceBeforeMarker('«浙江省公共数据条例»③ 作为全国首部以公共数据为主题的地方性法规')).toBe(
      ' 作为全国首部以公共数据为主题的地方性法规',
    );
  });
});
