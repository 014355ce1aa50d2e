import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPipeline } from '@/lib/clean';
import { numberTokens } from '@/lib/clean/number-ids';
import { classifyDetailed } from '@/lib/numbers/classify';

// The production path: the content pipeline's own tokens (context windows, other numbers without
// their units), classified in one call for the whole report.
describe('classifying the content pipeline’s tokens', () => {
  const source = fs.readFileSync(path.join(process.cwd(), 'content/source/china-ecommerce-report-2022.txt'), 'utf8');
  const tokens = runPipeline(source).parts.flatMap((p) => numberTokens(p).map((l) => l.token));
  const { readings } = classifyDetailed(tokens);

  it('gives every token a class, a reading of its own digits and a reason', () => {
    expect(tokens.length).toBeGreaterThan(640);
    readings.forEach((r, i) => {
      expect(r.id).toBe(tokens[i].id);
      expect(['settled', 'inferred', 'confirmed']).toContain(r.status);
      expect(r.value.replace('.', '').replace(/^(-?)0+(?=\d)/, '$1')).toBe(tokens[i].raw.replace(/^(-?)0+(?=\d)/, '$1'));
      expect(r.reason).toBeTruthy();
    });
  });

  it('finds the relations across its context windows (lists, sums, ratios, gaps)', () => {
    const relations = new Set(readings.filter((r) => r.status === 'settled').map((r) => r.relation));
    for (const kind of ['rule', 'share-list', 'table-column', 'parts-sum', 'ratio', 'ranked', 'pp-difference']) {
      expect(relations, kind).toContain(kind);
    }
  });

  it('settles the headline checks: 2.11 = 1.55 + 0.56万亿元, 79.2 %, table 1-1’s 1.00 %', () => {
    const value = (id: string) => readings.find((r) => r.id === id)?.value;
    const idOf = (raw: string, unit: string, lead: string) => tokens.find((t) => t.raw === raw && t.unit.startsWith(unit) && t.before.endsWith(lead))!.id;
    expect(value(idOf('211', '万亿元', '进出口额为'))).toBe('2.11');
    expect(value(idOf('792', '%', '占网民整体的'))).toBe('79.2');
    expect(value(tokens.find((t) => t.table?.id === 'tbl-1-1' && t.raw === '100')!.id)).toBe('1.00');
  });
});
