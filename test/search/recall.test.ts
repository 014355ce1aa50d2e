import { describe, expect, it } from 'vitest';
import { search } from '@/lib/search/search';
import { CORPUS_DIR, indexFor, resultKeys, seeded, truthKeys } from './helpers';

const { index } = indexFor(CORPUS_DIR);

/** 200 substrings of 2–8 characters cut from the units' own (normalised) texts, same seed every run. */
function sampleSubstrings(count: number): string[] {
  const random = seeded(20220425);
  const out: string[] = [];
  while (out.length < count) {
    const doc = index.docs[Math.floor(random() * index.docs.length)];
    const length = 2 + Math.floor(random() * 7);
    if (doc.norm.length < length) continue;
    const start = Math.floor(random() * (doc.norm.length - length + 1));
    const sub = doc.norm.slice(start, start + length).trim();
    // Quotes, commas and a leading minus are query syntax (test/search/syntax.test.ts has those cases).
    if (sub.length < 2 || /["“「『,、]/.test(sub) || sub.split(' ').some((w) => w.startsWith('-'))) continue;
    out.push(sub);
  }
  return out;
}

describe('200 random substrings of the text', () => {
  const samples = sampleSubstrings(200);

  it('are all found, in exactly the units that contain them (recall and precision 1.0)', () => {
    let expected = 0;
    let found = 0;
    let returned = 0;
    const misses: string[] = [];
    for (const sub of samples) {
      const truth = truthKeys(index.docs, sub.split(' ').filter(Boolean));
      const got = resultKeys(search(index, sub, { exact: true }).results);
      const gotSet = new Set(got);
      expected += truth.length;
      returned += got.length;
      const hit = truth.filter((k) => gotSet.has(k)).length;
      found += hit;
      if (hit !== truth.length || got.length !== truth.length) misses.push(sub);
    }
    expect(misses).toEqual([]);
    expect(found / expected).toBe(1);
    expect(found / returned).toBe(1);
  });

  it('each finds at least the unit it was cut from', () => {
    for (const sub of samples) expect(search(index, sub).total).toBeGreaterThan(0);
  });
});
