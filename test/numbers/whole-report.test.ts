import { describe, expect, it } from 'vitest';
import { classifyDetailed, classifyNumbers } from '@/lib/numbers/classify';
import { wholeReport } from './helpers';

describe('classifying the whole report', () => {
  const tokens = wholeReport();

  it('finds about the 679 magnitude-unit numbers the source notes count', () => {
    expect(tokens.length).toBeGreaterThan(640);
    expect(tokens.length).toBeLessThan(720);
  });

  it('gives every number a class and a reading made of its raw digits', () => {
    const readings = classifyNumbers(tokens);
    expect(readings).toHaveLength(tokens.length);
    readings.forEach((r, i) => {
      expect(r.id).toBe(tokens[i].id);
      expect(['settled', 'inferred', 'confirmed']).toContain(r.status);
      expect(r.value.replace('.', '').replace(/^(-?)0+(?=\d)/, '$1')).toBe(tokens[i].raw.replace(/^(-?)0+(?=\d)/, '$1'));
      expect(r.reason, `${r.id} has no reason`).toBeTruthy();
    });
  });

  it('takes well under a second', () => {
    const start = performance.now();
    classifyNumbers(tokens);
    expect(performance.now() - start).toBeLessThan(500);
  });

  it('settles numbers by relation, not only by rule', () => {
    const { readings } = classifyDetailed(tokens);
    const byRelation = readings.filter((r) => r.status === 'settled' && r.relation !== 'rule');
    expect(byRelation.length).toBeGreaterThan(40);
  });
});
