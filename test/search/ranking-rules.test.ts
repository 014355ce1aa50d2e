/**
 * Each ranking rule on real units of the report: what the rule sees (word edges, form weights,
 * title coverage) and that the fast paths rank exactly as the general one.
 */
import { describe, expect, it } from 'vitest';
import { expandWord } from '@/lib/search/expand';
import { hitsOf, newHitBuffer } from '@/lib/search/hits';
import { collectHits, formMasks, mayBeRawDigits } from '@/lib/search/match';
import { hitWeight, idfOf, queryStats, RANK_CAP, scoreParts } from '@/lib/search/rank';
import { search } from '@/lib/search/search';
import { WEIGHTS } from '@/lib/search/weights';
import { cutOut, formEdges } from '@/lib/search/word-edges';
import queries from './queries.json';
import { CORPUS_DIR, indexFor } from './helpers';

const { index } = indexFor(CORPUS_DIR);
const idOf = (anchor: string) => index.docs.findIndex((d) => d.anchor === anchor);

/** Every occurrence of `form` in a unit, with whether it is cut out of longer words. */
function edgesIn(anchor: string, form: string): { context: string; cut: boolean }[] {
  const doc = index.docs[idOf(anchor)];
  const edges = formEdges(form, index.vocab);
  const out: { context: string; cut: boolean }[] = [];
  for (let at = doc.norm.indexOf(form); at !== -1; at = doc.norm.indexOf(form, at + form.length)) {
    out.push({ context: doc.norm.slice(at, at + form.length + 2), cut: cutOut(doc.norm, at, at + form.length, edges) });
  }
  return out;
}

/** The score parts of one unit for a query, as search computes them. */
function partsFor(q: string, anchor: string) {
  const words = q.split(' ');
  const terms = words.map((w) => {
    const forms = expandWord(w, index.equivalences);
    return { forms, inRaw: forms.map((f) => mayBeRawDigits(f, index.rawChars)) };
  });
  const masks = terms.map((t) => formMasks(index, t));
  const stats = queryStats(
    index,
    terms,
    words,
    masks.map((m) => idfOf(m.units, index.docs.length)),
  );
  const id = idOf(anchor);
  const buffer = newHitBuffer();
  const unit = collectHits(index, id, terms, masks, RANK_CAP, buffer);
  const hits = hitsOf(buffer, unit);
  // Each hit's weight, by its place in the buffer (hits[k] is slot unit.from + k).
  const weights = hits.map((_, k) => hitWeight(index.docs[id], buffer, unit.from + k, stats));
  return { stats, unit, hits, weights, doc: index.docs[id], parts: scoreParts(index.docs[id], id, buffer, unit, stats) };
}

describe('word edges in the body (word-edges.ts)', () => {
  it('cut 电子商务法 out of 电子商务法律 and 电子商务法治, never out of 《电子商务法》', () => {
    const found = edgesIn('sec-8-2-5', '电子商务法');
    expect(found.filter((f) => f.context.startsWith('电子商务法律')).every((f) => f.cut)).toBe(true);
    expect(found.filter((f) => f.context.startsWith('电子商务法治')).every((f) => f.cut)).toBe(true);
    expect(found.filter((f) => f.context.startsWith('电子商务法》'))).toEqual([{ context: '电子商务法》《', cut: false }]);
  });

  it('read a report word followed by a report word as two words (跨境电商|平台, not 跨境|电商平台)', () => {
    const edges = formEdges('跨境电商', index.vocab);
    let seen = 0;
    for (const doc of index.docs) {
      for (let at = doc.norm.indexOf('跨境电商平台'); at !== -1; at = doc.norm.indexOf('跨境电商平台', at + 1), seen++) {
        expect(cutOut(doc.norm, at, at + 4, edges), doc.anchor).toBe(false);
      }
    }
    expect(seen).toBeGreaterThan(0);
  });

  it('weigh a cut occurrence at the cut weight, a whole one at 1', () => {
    const { hits, weights } = partsFor('电子商务法', 'sec-8-2-5');
    expect(weights.filter((w) => w === 1)).toHaveLength(1);
    expect(weights.filter((w) => w === WEIGHTS.cut)).toHaveLength(hits.length - 1);
  });
});

describe('form weights', () => {
  it('count an occurrence through an equivalent form below the form typed', () => {
    // sec-1-1-3 writes 网络零售额 only: for 网上零售额 every hit is through the equivalent form.
    const typed = partsFor('网络零售额', 'sec-1-1-3');
    const other = partsFor('网上零售额', 'sec-1-1-3');
    expect(other.hits.every((h) => h.form > 0)).toBe(true);
    expect(other.weights).toEqual(other.hits.map(() => WEIGHTS.expanded));
    expect(other.parts.body).toBeLessThan(typed.parts.body);
    expect(other.parts.heading).toBeLessThan(typed.parts.heading);
  });

  it('put the section titled with the typed form before the one titled with the other form', () => {
    const anchors = search(index, '网上零售额').results.map((r) => r.anchor);
    expect(anchors.indexOf('sec-1-1-2')).toBeLessThan(anchors.indexOf('sec-1-1-3'));
  });
});

describe('title coverage', () => {
  it('scores a caption that is just the query above one that breaks it down', () => {
    // 图1-6 2015-2022年全国农村网络零售额 against 图4-4 2022年各地区农村网络零售额占比及同比增速.
    const whole = partsFor('农村网络零售额', 'fig-1-6');
    const part = partsFor('农村网络零售额', 'fig-4-4');
    expect(whole.parts.heading).toBeGreaterThan(part.parts.heading);
    const anchors = search(index, '农村网络零售额').results.map((r) => r.anchor);
    expect(anchors.indexOf('fig-1-6')).toBeLessThan(anchors.indexOf('fig-4-4'));
  });

  it('does not count a chapter’s own label (第5章) as title words', () => {
    expect(search(index, '丝路电商').results[0].anchor).toBe('sec-5');
  });
});

describe('the one-word fast path', () => {
  it('ranks, counts and snips exactly as the general path (forced here by excluding an absent word)', () => {
    const single = (queries as { q: string; kind: string }[]).map((x) => x.q).filter((q) => !/[\s"“「『,、-]/.test(q));
    expect(single.length).toBeGreaterThan(40);
    for (const q of single) {
      const fast = search(index, q);
      const general = search(index, `${q} -量子纠缠`);
      expect(general.exclude, q).toEqual(['量子纠缠']);
      expect(fast.total, q).toBe(general.total);
      expect(fast.results, q).toEqual(general.results);
    }
  });
});
