import { describe, expect, it } from 'vitest';
import { classifyDetailed } from '@/lib/numbers/classify';
import { wholeReport } from './helpers';

// The production path: the content pipeline's own tokens (context windows, other numbers with their
// units), classified in one call for the whole report with the committed corrections.
describe('classifying the whole report', () => {
  const { tokens, corrections } = wholeReport();
  const { readings } = classifyDetailed(tokens, { corrections, strict: true });

  it('finds the 679 magnitude-unit numbers the source notes count, plus the unit-less ones', () => {
    expect(tokens.length).toBeGreaterThan(660);
    expect(tokens.length).toBeLessThan(720);
    expect(tokens.filter((t) => t.unit === '').map((t) => t.raw)).toEqual(
      expect.arrayContaining(['423', '118', '652', '-298', '-236', '12', '109', '01975']),
    );
  });

  it('gives every token a class, a reading made of its own digits and a reason', () => {
    expect(readings).toHaveLength(tokens.length);
    readings.forEach((r, i) => {
      expect(r.id).toBe(tokens[i].id);
      expect(['settled', 'inferred', 'confirmed']).toContain(r.status);
      expect(r.value.replace('.', '').replace(/^(-?)0+(?=\d)/, '$1')).toBe(tokens[i].raw.replace(/^(-?)0+(?=\d)/, '$1'));
      expect(r.reason, `${r.id} has no reason`).toBeTruthy();
    });
  });

  it('finds the relations across its context windows (lists, sums, ratios, gaps)', () => {
    const relations = new Set(readings.filter((r) => r.status === 'settled').map((r) => r.relation));
    for (const kind of ['rule', 'share-list', 'table-column', 'parts-sum', 'ratio', 'ranked', 'pp-difference']) {
      expect(relations, kind).toContain(kind);
    }
    expect(readings.filter((r) => r.status === 'settled' && r.relation !== 'rule').length).toBeGreaterThan(40);
  });

  it('settles the headline checks: 2.11 = 1.55 + 0.56万亿元, 79.2 %, table 1-1’s 1.00 %', () => {
    const value = (id: string) => readings.find((r) => r.id === id)?.value;
    const idOf = (raw: string, unit: string, lead: string) =>
      tokens.find((t) => t.raw === raw && t.unit.startsWith(unit) && t.before.endsWith(lead))!.id;
    expect(value(idOf('211', '万亿元', '进出口额为'))).toBe('2.11');
    expect(value(idOf('792', '%', '占网民整体的'))).toBe('79.2');
    expect(value(tokens.find((t) => t.table?.id === 'tbl-1-1' && t.raw === '100')!.id)).toBe('1.00');
  });

  it('settles PUE by its bound and a kept leading zero by rule', () => {
    const reading = (raw: string) => readings[tokens.findIndex((t) => t.raw === raw && t.unit === '')];
    expect(reading('109')).toMatchObject({ status: 'settled', value: '1.09' });
    expect(reading('01975')).toMatchObject({ status: 'settled', value: '0.1975' });
  });
});
