import { describe, expect, it } from 'vitest';
import { REPORT_PARTS } from '@/lib/content/parts';
import { dropPageFurniture } from '@/lib/clean/drop-page-furniture';
import { SourceError } from '@/lib/clean/errors';
import { toSourceLines } from '@/lib/clean/source-lines';
import { splitParts } from '@/lib/clean/split-parts';
import { sourceLines } from './source-range';

const specs = (...slugs: string[]) => REPORT_PARTS.filter((s) => slugs.includes(s.slug));
const prepared = (raw: string[]) => dropPageFurniture(toSourceLines(raw.join('\n'))).lines;
const errorOf = (fn: () => unknown): SourceError => {
  try {
    fn();
  } catch (error) {
    return error as SourceError;
  }
  throw new Error('expected an error');
};

describe('splitParts on the real source', () => {
  const parts = splitParts(prepared(sourceLines()), REPORT_PARTS);

  it('finds the preface, nine chapters and three appendices in order', () => {
    expect(parts.map((p) => p.spec.slug)).toEqual(REPORT_PARTS.map((s) => s.slug));
  });

  it('takes a chapter title from the line after its marker, and an appendix title from its own line', () => {
    expect(parts[1].title).toBe('２０２２年中国电子商务发展总报告');
    expect(parts[1].startLine).toBe(85);
    expect(parts[5].title).toBe('“丝路电商” 发展报告');
    expect(parts[10].title).toBe('电子商务法律法规政策汇编');
    expect(parts[10].startLine).toBe(6551);
    expect(parts[0].title).toBe('前言');
  });

  it('gives each part the lines between its marker and the next one', () => {
    const chapter2 = parts[2];
    expect(chapter2.lines[0].no).toBe(1021);
    expect(chapter2.lines[chapter2.lines.length - 1].no).toBeLessThan(1569);
    expect(parts[1].lines.some((l) => l.text.includes('|第'))).toBe(false);
  });
});

describe('splitParts errors', () => {
  const raw = sourceLines();

  it('reports a duplicated chapter marker with its line', () => {
    // chapter 3's marker and title repeated inside chapter 4 (after line 2300)
    const damaged = [...raw.slice(0, 2300), ' |第３章|', '跨境电子商务发展报告', ...raw.slice(2300)];
    const error = errorOf(() => splitParts(prepared(damaged), REPORT_PARTS));
    expect(error).toBeInstanceOf(SourceError);
    expect(error.message).toContain('第3章 appears twice');
    expect(error.line).toBe(2301);
  });

  it('reports parts out of order', () => {
    const damaged = [...raw.slice(0, 83), ...raw.slice(1017, 1568), ...raw.slice(83, 1017)];
    const error = errorOf(() => splitParts(prepared(damaged), specs('preface', '1', '2')));
    expect(error.message).toContain('第1章 comes after 第2章');
    expect(error.hint).toBe('parts out of order');
  });

  it('reports a truncated text with every missing part', () => {
    const truncated = raw.slice(0, 5791); // cut before ` |第９章|`
    const error = errorOf(() => splitParts(prepared(truncated), REPORT_PARTS));
    expect(error.message).toContain('the source is incomplete: missing 第9章、附录A、附录B、附录C');
  });

  it('refuses text before the first part marker', () => {
    const error = errorOf(() => splitParts(prepared(['２０２２年中国电子商务发展总报告', ...raw]), REPORT_PARTS));
    expect(error.message).toContain('text before the first part marker');
    expect(error.line).toBe(1);
  });

  it('reports a chapter marker with no title line at the end of the text', () => {
    const error = errorOf(() => splitParts(prepared([...raw.slice(0, 84)]), specs('preface', '1')));
    expect(error.message).toContain('第1章 has no title line');
  });
});
