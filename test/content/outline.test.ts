import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { blockIds, partHeading } from '@/lib/content/outline';
import { OutlineFormatError, parseOutline } from '@/lib/content/format';
import { neighbours } from '@/lib/content/chapter-nav';
import { readableLength, readingMinutes } from '@/lib/content/reading';
import { fixture } from '../markdown/render-fixture';

const lists = { sections: [], figures: [], tables: [], boxes: [], footnotes: [], unattachedNotes: [], numbers: [], urls: [] };
const outline = parseOutline({
  title: '中国电子商务报告2022',
  parts: [
    {
      slug: '1',
      order: 1,
      kind: 'chapter',
      number: 1,
      title: '2022年中国电子商务发展总报告',
      heading: '第1章 2022年中国电子商务发展总报告',
      ...lists,
      figures: [
        { id: 'fig-1-1', number: '图1-1', caption: '2011-2022年全国电子商务交易额', source: '数据来源：国家统计局', section: null },
      ],
    },
    { slug: 'preface', order: 0, kind: 'preface', number: null, title: '前言', heading: '前言', ...lists },
    { slug: 'appendix-a', order: 10, kind: 'appendix', number: 'A', title: '电子商务法律法规政策汇编', heading: '', ...lists },
  ],
});

describe('the outline as the reader uses it', () => {
  it('sorts parts in reading order', () => {
    expect(outline.parts.map((p) => p.slug)).toEqual(['preface', '1', 'appendix-a']);
  });

  it('rejects an outline that breaks the contract, naming the bad field', () => {
    const stale = {
      title: '中国电子商务报告2022',
      parts: [
        {
          ...outline.parts[0],
          numbers: [{ id: 'num-1-1', raw: '4383', reading: '43.83', unit: '万亿元', status: 'guessed', section: null }],
        },
      ],
    };
    expect(() => parseOutline(stale)).toThrow(OutlineFormatError);
    expect(() => parseOutline(stale)).toThrow(/parts\.0\.numbers\.0\.status/);
    const missingList = { title: 'x', parts: [{ ...outline.parts[0], urls: undefined }] };
    expect(() => parseOutline(missingList)).toThrow(/parts\.0\.urls/);
  });

  it('accepts the committed outline', () => {
    const committed = parseOutline(JSON.parse(fs.readFileSync(path.join(process.cwd(), 'content', 'outline.json'), 'utf8')));
    expect(committed.parts).toHaveLength(13);
  });

  it('collects every figure, table and box id for cross-references', () => {
    expect([...blockIds(outline)]).toEqual(['fig-1-1']);
  });

  it('lists a part under its H1 text, or its title when the heading is missing', () => {
    expect(partHeading(outline.parts[1])).toBe('第1章 2022年中国电子商务发展总报告');
    expect(partHeading(outline.parts[2])).toBe('电子商务法律法规政策汇编');
  });

  it('gives the preface no previous part and the last appendix no next one', () => {
    expect(neighbours(outline.parts, 'preface')).toEqual({
      prev: null,
      next: { slug: '1', heading: '第1章 2022年中国电子商务发展总报告' },
    });
    expect(neighbours(outline.parts, 'appendix-a').next).toBeNull();
  });
});

describe('reading time', () => {
  it('counts the words read, not directive attributes or table rules', () => {
    const md = fixture('chapter-1-opening.md');
    expect(readableLength(md)).toBeLessThan(md.length * 0.8);
    expect(readableLength('| a | b |\n| --- | --- |')).toBe(2);
    expect(readableLength(':num[43.83]{#num-1-1 raw="4383" unit="万亿元" status="inferred"}万亿元')).toBe(8);
  });

  it('is at least one minute', () => {
    expect(readingMinutes('前言')).toBe(1);
    expect(readingMinutes('字'.repeat(4000))).toBe(10);
  });
});
