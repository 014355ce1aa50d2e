import { describe, expect, it } from 'vitest';
import { loadChapters } from '@/lib/content/chapters-fs';
import { chapterSections, unattachedNoteDocs } from '@/lib/search/sections';
import { FIXTURE_DIR } from './helpers';

const [chapter1, chapter5] = loadChapters(FIXTURE_DIR).map((c) => chapterSections(c));
const find = (docs: typeof chapter1, anchor: string) => docs.find((d) => d.anchor === anchor)!;

describe('chapter Markdown → search units', () => {
  it('gives each unit the anchor the reader renders for it', () => {
    expect(chapter1.map((d) => d.anchor)).toEqual([
      'sec-1',
      'sec-1-1',
      'sec-1-1-1',
      'fig-1-1',
      'sec-1-1-2',
      'tbl-1-1',
      'sec-1-1-3',
      'sec-1-1-3-i1',
      'sec-1-1-3-i2',
      'sec-1-2',
      'fn-1',
      'fn-2',
    ]);
  });

  it('records the heading path, outermost first', () => {
    expect(find(chapter1, 'sec-1-1-3-i1').path).toEqual(['第1章 2022年中国电子商务发展总报告', '1.1 发展现状', '1.1.3 跨境电商发展']);
    expect(find(chapter1, 'fig-1-1').path.at(-1)).toBe('1.1.1 全国电子商务交易额达43.83万亿元');
  });

  it('shows the :num reading and keeps its raw digits beside it', () => {
    const doc = find(chapter1, 'sec-1-1-1');
    expect(doc.heading).toBe('1.1.1 全国电子商务交易额达43.83万亿元');
    expect(doc.text).toContain('比上年增长3.5%（见图1-1）。');
    const num = doc.nums.find((n) => n.raw === '35')!;
    expect(doc.text.slice(num.at, num.at + num.length)).toBe('3.5');
  });

  it('splits figures, tables and boxes into their own units with caption, cells and source', () => {
    const table = find(chapter1, 'tbl-1-1');
    expect(table).toMatchObject({ kind: 'table', number: '表1-1', title: '2022年全国网络零售市场各品类零售额占比及同比增速' });
    expect(table.text).toContain('中西药品 1.23 43.60');
    expect(table.text).toContain('数据来源：商务大数据');
    const box = find(chapter5, 'box-5-1');
    expect(box).toMatchObject({ kind: 'box', number: '专栏5-1' });
    expect(box.text).toContain('齐聚“数商兴农”专区');
    expect(find(chapter5, 'sec-5-2').text).not.toContain('齐聚');
  });

  it('makes footnote texts searchable, placed where they are referenced', () => {
    const note = find(chapter1, 'fn-2');
    expect(note.text).toContain('中国互联网络发展状况统计报告');
    expect(note.path.at(-1)).toBe('1.1.2 全国网上零售额达13.79万亿元');
    expect(find(chapter1, 'sec-1-1-2').text).not.toContain('中国互联网络信息中心');
  });

  it('keeps the chapter opening before the first section in the chapter unit', () => {
    const top = find(chapter1, 'sec-1');
    expect(top.kind).toBe('chapter');
    expect(top.text).toContain('十四五');
  });

  it('turns notes the reader lists as 未能定位的注释 into units linking to that list', () => {
    const [doc] = unattachedNoteDocs('7', '第7章 电子商务规范发展报告', [{ text: '某网站注释。' }]);
    expect(doc).toMatchObject({ chapter: '7', anchor: 'unattached-notes-title', kind: 'footnote', text: '某网站注释。' });
    expect(doc.path).toEqual(['第7章 电子商务规范发展报告', '未能定位的注释']);
  });
});
