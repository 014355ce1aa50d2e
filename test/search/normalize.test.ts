import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { invertMap, normalize, normalizeQuery, normalizeWithMap } from '@/lib/search/normalize';

describe('normalisation shared by text and queries', () => {
  it('folds full-width digits and letters and Latin case', () => {
    expect(normalize('２０２２年ＲＣＥＰ生效，Ｂ２Ｂ')).toBe('2022年rcep生效,b2b');
  });

  it('collapses whitespace runs, including the ideographic space, into one space', () => {
    expect(normalize('社会 消 　费\n\n品')).toBe('社会 消 费 品');
    expect(normalizeQuery('  跨境电商 \t ')).toBe('跨境电商');
  });

  it('turns control characters into separators instead of throwing', () => {
    expect(normalizeQuery('a\u0000b\u0007')).toBe('a b');
  });

  it('keeps a lone surrogate as text', () => {
    expect(normalize('\uD800数')).toBe('\uD800数');
  });

  it('maps every normalised unit back to the displayed text, through expansions and collapsed spaces', () => {
    const original = 'Ａ  ㎡，电商';
    const { text, map } = normalizeWithMap(original);
    expect(text).toBe('a m2,电商');
    expect(map).toEqual([0, 1, 3, 3, 4, 5, 6, 7]);
    expect(original.slice(map[text.indexOf('电商')], map[text.length])).toBe('电商');
  });

  it('inverts a map so displayed offsets find their normalised position', () => {
    const { text, map } = normalizeWithMap('Ａ  Ｂ');
    expect(text).toBe('a b');
    expect(invertMap(map, 4)).toEqual([0, 1, 2, 2, 3]);
  });

  it('normalises without the map exactly as with it (every line of the source, and the edge cases of its fast path)', () => {
    const source = fs.readFileSync(path.resolve(__dirname, '../../content/source/china-ecommerce-report-2022.txt'), 'utf8');
    const lines = source.split('\n').filter(Boolean);
    const edges = [' 电商', '电商  平台', '电商 ', 'RCEP', 'rcep 2022', '\t跨境', '电商\u3000平台', '～5%', ''];
    const differ = [...lines, ...edges].filter((line) => normalize(line) !== normalizeWithMap(line).text);
    expect(lines.length).toBeGreaterThan(1000);
    expect(differ).toEqual([]);
  });
});
