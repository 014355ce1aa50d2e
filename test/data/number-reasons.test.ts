import { describe, expect, it } from 'vitest';
import { loadOutline } from '@/lib/content/outline-fs';
import { numberReasons } from '@/lib/data/number-reasons';
import { numberTitle } from '@/lib/markdown/number-title';

describe('a chapter’s reasons file', () => {
  const part = loadOutline().parts.find((p) => p.slug === '1')!;
  const reasons = numberReasons(part)!;

  it('holds, for chapter 1’s inferred 3.19 (raw ３１９), the notice the page shows followed by its reasoning', () => {
    const n = part.numbers.find((x) => x.id === 'num-1-6')!;
    expect(n.status).toBe('inferred');
    expect(reasons['num-1-6'].startsWith(`${numberTitle(n, 'short')}\n依据：`)).toBe(true);
    expect(reasons['num-1-6']).toContain(n.reason);
  });

  it('lists exactly the numbers whose reasoning the page leaves out', () => {
    const withMore = part.numbers.filter((n) => n.reason).map((n) => n.id);
    expect(Object.keys(reasons).sort()).toEqual(withMore.sort());
    for (const n of part.numbers.filter((x) => !x.reason)) expect(reasons[n.id]).toBeUndefined();
  });
});
