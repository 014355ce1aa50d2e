import { describe, expect, it } from 'vitest';
import { dropPageFurniture } from '@/lib/clean/drop-page-furniture';
import { sourceRangeLines } from './source-range';

describe('dropPageFurniture', () => {
  it('drops a page-number line and flags the next kept line as afterFurniture', () => {
    // 121 body … 123 `１` (page number) … 125 `①`
    const { lines, report } = dropPageFurniture(sourceRangeLines(121, 127));
    expect(lines.map((l) => l.no)).toEqual([121, 125, 127]);
    expect(report).toEqual({ pageNumbers: 1, headerLines: 0, chartLines: 0 });
    expect(lines[1].afterFurniture).toBe(true);
    expect(lines[0].afterFurniture).toBeUndefined();
    expect(lines[2].afterFurniture).toBeUndefined();
  });

  it('drops the U+FFFD running header after a page number (1140–1143)', () => {
    const { lines, report } = dropPageFurniture(sourceRangeLines(1136, 1147));
    expect(report).toEqual({ pageNumbers: 1, headerLines: 2, chartLines: 0 });
    expect(lines.some((l) => l.text.includes('\uFFFD'))).toBe(false);
    expect(lines.some((l) => l.text === '２３')).toBe(false);
    const first = lines.find((l) => l.no === 1145)!;
    expect(first.text).toBe('①');
    expect(first.afterFurniture).toBe(true);
  });

  it('drops the figure 6-7 chart debris and keeps the caption after it', () => {
    const { lines, report } = dropPageFurniture(sourceRangeLines(3960, 4110));
    expect(report.pageNumbers).toBe(1);
    expect(report.chartLines).toBeGreaterThan(20);
    expect(lines.some((l) => /^[\x21-\x7e]{1,2}$/.test(l.text) || l.text.includes('\uFFFD'))).toBe(false);
    const caption = lines.find((l) => l.text.startsWith('图６Ｇ７'))!;
    expect(caption).toBeDefined();
    expect(caption.afterFurniture).toBe(true);
  });

  it('keeps a line of digits that is not a bare page number', () => {
    const { lines, report } = dropPageFurniture(sourceRangeLines(6555, 6563));
    // `２０２２０６２４` (8 digits, appendix-A date) and `１１６号` stay.
    expect(lines.map((l) => l.text)).toContain('２０２２０６２４');
    expect(lines.map((l) => l.text)).toContain('１１６号');
    expect(report.pageNumbers).toBe(0);
  });

  it('does not treat fewer than three tiny ASCII lines as chart debris', () => {
    const input = sourceRangeLines(2826, 2830);
    const { lines, report } = dropPageFurniture(input);
    expect(lines).toEqual(input);
    expect(report.chartLines).toBe(0);
  });
});
