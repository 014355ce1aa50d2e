import { describe, expect, it } from 'vitest';
import { buildByCounting, buildPairOffsets, occurrences } from '@/lib/search/occurrences';
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

describe('occurrences from the pair offsets (occurrences.ts)', () => {
  /** What an indexOf loop over each unit finds, in corpus offsets: the reference. */
  function byIndexOf(texts: string[], form: string): number[] {
    const out: number[] = [];
    let base = 0;
    for (const text of texts) {
      for (let at = text.indexOf(form); at !== -1; at = text.indexOf(form, at + form.length)) out.push(base + at);
      base += text.length + 1;
    }
    return out;
  }

  it('skip overlaps as indexOf does and never span two units', () => {
    const texts = ['哈哈哈哈哈', '哈', '哈哈电商', '商电商'];
    const corpus = texts.join('\u0000');
    const pairs = buildPairOffsets(corpus);
    for (const form of ['哈哈', '哈哈哈', '哈', '电商', '商电', '哈电', '商哈', '']) {
      expect([...occurrences(corpus, pairs, form)], form).toEqual(form ? byIndexOf(texts, form) : []);
    }
  });

  it('equal an indexOf loop on the real report (1,000 random substrings, 1–8 characters)', () => {
    const { index } = indexFor(CORPUS_DIR);
    const texts = index.docs.map((d) => d.norm);
    const random = seeded(11);
    const wrong: string[] = [];
    for (let n = 0; n < 1000; n++) {
      const doc = index.docs[Math.floor(random() * index.docs.length)];
      const length = 1 + Math.floor(random() * 8);
      const start = Math.floor(random() * Math.max(1, doc.norm.length - length));
      const form = doc.norm.slice(start, start + length);
      const got = [...occurrences(index.corpus, index.pairs, form)];
      if (got.join() !== byIndexOf(texts, form).join()) wrong.push(form);
    }
    expect(wrong).toEqual([]);
  });

  it('are built the same by the packed sort and by the counting fallback (the real report)', () => {
    const { index } = indexFor(CORPUS_DIR);
    const packed = buildPairOffsets(index.corpus);
    const counted = buildByCounting(index.corpus);
    expect(packed.keys.length).toBeGreaterThan(1000);
    expect([...packed.keys]).toEqual([...counted.keys]);
    expect([...packed.from]).toEqual([...counted.from]);
    expect([...packed.offsets]).toEqual([...counted.offsets]);
  });
});
