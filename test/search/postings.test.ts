import { describe, expect, it } from 'vitest';
import { buildPostings, candidates } from '@/lib/search/postings';
import { CORPUS_DIR, indexFor, seeded } from './helpers';

describe('character-pair candidates', () => {
  const texts = ['跨境电商海外仓', '跨境支付', '海外仓储', '电商'];
  const postings = buildPostings(texts);

  it('keep every unit that contains the form, and may keep others (the exact check decides)', () => {
    expect([...candidates(postings, '海外仓')!]).toEqual([0, 2]);
    expect([...candidates(postings, '跨境')!]).toEqual([0, 1]);
    expect([...candidates(postings, '境电商')!]).toEqual([0]);
    expect([...candidates(postings, '仓跨')!]).toEqual([]);
    expect(candidates(postings, '仓')).toBeNull();
  });

  it('never lose a unit on the real report (1,000 random substrings)', () => {
    const { index } = indexFor(CORPUS_DIR);
    const real = buildPostings(index.docs.map((d) => d.norm));
    const random = seeded(7);
    const lost: string[] = [];
    for (let n = 0; n < 1000; n++) {
      const doc = index.docs[Math.floor(random() * index.docs.length)];
      const length = 2 + Math.floor(random() * 6);
      const start = Math.floor(random() * Math.max(1, doc.norm.length - length));
      const form = doc.norm.slice(start, start + length);
      if (form.length < 2) continue;
      const have = new Set(candidates(real, form));
      index.docs.forEach((d, id) => {
        if (!have.has(id) && d.norm.includes(form)) lost.push(`${form} in ${d.anchor}`);
      });
    }
    expect(lost).toEqual([]);
  });
});
