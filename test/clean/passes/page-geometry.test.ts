import { describe, expect, it } from 'vitest';
import { isSpreadLine, nominalLineWidth, printedWidth, regionFullWidth } from '@/lib/clean/page-geometry';
import { sourceLines } from './source-range';

const raw = (n: number) => sourceLines()[n - 1];
const range = (from: number, to: number) =>
  sourceLines()
    .slice(from - 1, to)
    .filter((l) => l.trim() !== '');

describe('printedWidth', () => {
  it('measures full chapter lines with digits and ASCII marks at about the 35-column measure (9: 5815, 5817)', () => {
    for (const line of [5815, 5817]) {
      expect(printedWidth(raw(line))).toBeGreaterThan(34.5);
      expect(printedWidth(raw(line))).toBeLessThan(35.5);
    }
  });

  it("measures a paragraph's first line about two columns short (9: 5811 after 5809 `步扩大.`)", () => {
    expect(printedWidth(raw(5811))).toBeGreaterThan(32);
    expect(printedWidth(raw(5811))).toBeLessThan(34);
  });

  it('gives a justification space no width', () => {
    expect(printedWidth('社会 消 费 品')).toBe(printedWidth('社会消费品'));
  });
});

describe('regionFullWidth', () => {
  it('reads the body measure from the lines themselves, whatever the nominal width (7: 4595–4621)', () => {
    for (const nominal of [33, 35, 37]) expect(regionFullWidth(range(4595, 4621), nominal)).toBe(35);
  });

  it('reads a box one column narrower than the body (专栏5-1, 2966–3008)', () => {
    expect(regionFullWidth(range(2966, 3008), 35)).toBe(34);
  });

  it("reads the preface's larger setting (3–81), from a nominal width that is off", () => {
    expect(regionFullWidth(range(3, 81), 31)).toBe(nominalLineWidth('preface'));
  });

  it('keeps the nominal width when a region has too few lines to show its own', () => {
    expect(regionFullWidth(range(2966, 2968), 35)).toBe(35);
  });
});

describe('isSpreadLine', () => {
  it('recognises a letter-spaced justified line (B: 7900) and not an ordinary one (1: 109)', () => {
    expect(isSpreadLine(raw(7900))).toBe(true);
    expect(isSpreadLine(raw(109))).toBe(false);
  });
});
