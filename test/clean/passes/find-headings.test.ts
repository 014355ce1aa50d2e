import { describe, expect, it } from 'vitest';
import { findHeadings } from '@/lib/clean/find-headings';
import { lines, rawPart, sourceRangeLines } from './source-range';

const summary = (slug: string, partLines: ReturnType<typeof lines>) =>
  findHeadings(rawPart(slug, partLines)).map((h) => `${h.level} ${h.number} ${h.title}`);

describe('findHeadings', () => {
  it('restores the dots of section numbers: １１ → 1.1 (H2), １１１ → 1.1.1 (H3)', () => {
    const found = findHeadings(rawPart('1', sourceRangeLines(105, 111)));
    expect(found).toEqual([
      { index: 0, level: 2, number: '1.1', title: '发展现状', extraLines: 0 },
      { index: 1, level: 3, number: '1.1.1', title: '全国电子商务交易额达４３８３万亿元', extraLines: 0 },
    ]);
  });

  it('does not take a sentence starting with a date (１２月,我国…) for section 1.2', () => {
    const input = lines(
      '１１\u3000发展现状',
      '１２月,我国网络购物用户规模达８４５亿,较２０２１年１２月增长３１９万,占网民整',
      '１２月１９日,«中共中央 国务院关于构建数据基础制度更好发挥数据要素作用',
    );
    expect(summary('1', input)).toEqual(['2 1.1 发展现状']);
  });

  it('does not take table 5-1 rows (１１ 俄罗斯 ２０１８年６月) for headings', () => {
    // Rows １–９ of the table look like items; classifyLines claims the table first (skip), as here.
    const input = sourceRangeLines(2795, 2886);
    const table = (i: number) => input[i].no >= 2824;
    const found = findHeadings(rawPart('5', input), table).map((h) => `${h.level} ${h.number} ${h.title}`);
    expect(found).toEqual(['2 5.1 “丝路电商”发展情况', '3 5.1.1 国际合作持续拓展']);
    // Without the claim, rows １１… still never become sections (their first digit is not the chapter).
    expect(summary('5', input).filter((h) => !h.startsWith('4 '))).toEqual(found);
  });

  it('does not take the table-like row for section 1.1 in chapter 1 once 1.1 exists', () => {
    const found = summary('1', lines('１１\u3000发展现状', '１１ 俄罗斯 ２０１８年６月'));
    expect(found).toEqual(['2 1.1 发展现状']);
  });

  it('ignores a section number of another chapter', () => {
    expect(summary('2', lines('１１\u3000发展现状'))).toEqual([]);
  });

  it('finds numbered items (H4) under sections and restarts them at 1 under each H3', () => {
    const found = summary('2', sourceRangeLines(1033, 1346)).filter((h) => !h.startsWith('2 '));
    expect(found).toEqual([
      '3 2.1.1 交易服务②业发展现状',
      '4 1 企业间交易服务 (B２B)',
      '4 2 网络零售交易服务 (B２C和C２C)',
      '3 2.1.2 支撑服务③业发展现状',
      '4 1 电子支付服务',
      '4 2 电子商务物流服务',
      '4 3 电子商务信息技术服务',
      '4 4 电子认证服务',
      '3 2.1.3 衍生服务业发展现状',
      '4 1 电子商务代运营服务②',
      '4 2 电子商务营销服务',
      '4 3 电子商务咨询服务',
    ]);
  });

  it('keeps the comma inside a section title (２２１\u3000落实减费降费, …)', () => {
    const found = summary(
      '2',
      lines('２１\u3000电子商务服务业总体发展情况', '２２\u3000发展特点', '２２１\u3000落实减费降费, 平台社会责任进一步提升'),
    );
    expect(found[2]).toBe('3 2.2.1 落实减费降费, 平台社会责任进一步提升');
  });

  it('finds appendix B group and case heads and joins a case title wrapped onto the next line', () => {
    const found = findHeadings(rawPart('appendix-b', sourceRangeLines(7550, 7561)));
    expect(found).toEqual([
      { index: 0, level: 2, number: 'B1', title: '强化政策扶持和要素投入 打造数字经济新引擎', extraLines: 0 },
      {
        index: 4,
        level: 3,
        number: 'B1.1',
        title: '琶洲人工智能与数字经济试验区———抢抓数字经济风口\u3000壮大电商产业集群',
        extraLines: 1,
      },
    ]);
  });

  it('does not join the indented first paragraph to an unwrapped case title', () => {
    const found = findHeadings(
      rawPart(
        'appendix-b',
        lines(
          'B１\u3000强化政策扶持和要素投入 打造数字经济新引擎',
          'B１１\u3000琶洲人工智能与数字经济试验区',
          '\u3000\u3000近年来,广州市抢抓数字经济风口,以直播电商、跨境电商等新业态新模式',
        ),
      ),
    );
    expect(found[1]).toMatchObject({ number: 'B1.1', title: '琶洲人工智能与数字经济试验区', extraLines: 0 });
  });

  it('skips lines the caller claims', () => {
    const input = sourceRangeLines(105, 107);
    expect(findHeadings(rawPart('1', input), (i) => i === 0)).toEqual([]);
  });
});
