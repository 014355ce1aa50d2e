import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { docsFromDir, equivalencesFor } from '@/lib/search/build-fs';
import { equivalenceGroups, minePairs } from '@/lib/search/equivalences';
import { expandWord } from '@/lib/search/expand';
import { search } from '@/lib/search/search';
import { CORPUS_DIR, FIXTURE_DIR, indexFor, keyOf, truth } from './helpers';

const { index } = indexFor(CORPUS_DIR);
const pairsOf = (text: string) => minePairs([{ slug: '3', text }]).map((p) => `${p.short}=${p.full}`);

describe('mining the report’s own definitions', () => {
  it('reads 以下简称 definitions, the name starting after the clause opener', () => {
    // Fragments of chapter 3 and appendix B as the reader shows them.
    expect(pairsOf('一是中国国际进口博览会（以下简称“进博会”）加速跨境电商')).toEqual(['进博会=中国国际进口博览会']);
    expect(pairsOf('深入开展国家电子商务示范基地（以下简称“示范基地”）创建工作。')).toEqual(['示范基地=国家电子商务示范基地']);
    expect(pairsOf('成效明显，特别是琶洲人工智能与数字经济试验区（以下简称“琶洲试验区”）自')).toEqual([
      '琶洲试验区=琶洲人工智能与数字经济试验区',
    ]);
  });

  it('reads bracketed Latin abbreviations, the name inside 《》 when there is one', () => {
    expect(pairsOf('中国积极推动《区域全面经济伙伴关系协定》（RCEP）生效')).toEqual(['RCEP=区域全面经济伙伴关系协定']);
    expect(pairsOf('子商务交易平台服务，涵盖了企业间交易服务（B2B）')).toEqual(['B2B=企业间交易服务']);
    expect(pairsOf('已成为国内第一个平均能源利用率（PUE）')).toEqual(['PUE=平均能源利用率']);
    // Not an acronym, not a name: nothing.
    expect(pairsOf('增长（2022）与（abc）')).toEqual([]);
  });

  it('keeps the full name the report uses most, drops rejected pairs, merges groups sharing a form', () => {
    const mined = minePairs([{ slug: '2', text: '涵盖了企业间交易服务（B2B），1. 企业间交易服务（B2B），《中小微企业出口贸易（B2B）' }]);
    const groups = equivalenceGroups(mined, {
      groups: [{ forms: ['企业间交易服务', '企业间'], source: 'reviewed' }],
      rejected: [{ short: 'B2B', full: '中小微企业出口贸易', why: 'a title' }],
    });
    expect(groups.map((g) => g.forms)).toEqual([['企业间交易服务', '企业间', 'B2B']]);
    expect(groups[0].source).toMatch(/^reviewed; report: 2 /);
  });
});

describe('expanding a query word', () => {
  it('replaces a form inside the word by every other form of its group', () => {
    expect(expandWord('跨境电商', index.equivalences)).toEqual(['跨境电商', '跨境电子商务']);
    expect(expandWord('跨境电商综试区', index.equivalences)).toEqual(
      expect.arrayContaining(['跨境电子商务综合试验区', '跨境电商综合试验区']),
    );
    expect(expandWord('rcep', index.equivalences)).toEqual(['rcep', '区域全面经济伙伴关系协定']);
    expect(expandWord('子商务', index.equivalences)).toEqual(['子商务']);
  });

  it('lengthens a short name only when the word is that name', () => {
    expect(expandWord('示范基地', index.equivalences)).toContain('国家电子商务示范基地');
    expect(expandWord('国家电子商务示范基地', index.equivalences).some((f) => f.includes('国家电子商务国家'))).toBe(false);
  });

  it('skips only groups a word cannot contain (the first-character filter changes no expansion)', () => {
    const unfiltered = { ...index.equivalences, groupsByFirst: null };
    expect(index.equivalences.groupsByFirst).not.toBeNull();
    // Every report word, every form of every group, and each form inside longer text.
    const forms = index.equivalences.groups.flatMap((g) => g.norm);
    const words = [...index.vocab.words, ...forms, ...forms.map((f) => `中国${f}发展`)];
    const differ = words.filter((w) => JSON.stringify(expandWord(w, index.equivalences)) !== JSON.stringify(expandWord(w, unfiltered)));
    expect(differ).toEqual([]);
    expect(words.filter((w) => expandWord(w, index.equivalences).length > 1).length).toBeGreaterThan(50);
  });
});

describe('search through equivalent forms', () => {
  const keys = (q: string, exact = false) => search(index, q, { exact }).results.map(keyOf).sort();
  const union = (...forms: string[]) =>
    [...new Set(forms.flatMap((f) => [...truth(index.docs, [f])]))].map((i) => keyOf(index.docs[i])).sort();

  it('finds every unit holding any form, and in exact mode or quoted only what was typed', () => {
    expect(keys('电商')).toEqual(union('电商', '电子商务'));
    expect(keys('电商', true)).toEqual(union('电商'));
    expect(keys('"电商"')).toEqual(union('电商'));
    expect(keys('网上零售额')).toEqual(union('网上零售额', '网络零售额'));
    expect(keys('网上零售额').length).toBeGreaterThan(keys('网上零售额', true).length);
  });

  it('finds the section titled 跨境电商综试区… for 跨境电商 综合试验区', () => {
    expect(search(index, '跨境电商 综合试验区').results.map((r) => r.anchor)).toContain('sec-3-3-3');
    expect(search(index, '跨境电商 综合试验区', { exact: true }).results.map((r) => r.anchor)).not.toContain('sec-3-3-3');
  });

  it('says which other form a result matched, and links with it', () => {
    const response = search(index, 'RCEP');
    expect(response.expanded).toEqual([{ term: 'rcep', forms: ['rcep', '区域全面经济伙伴关系协定'] }]);
    const both = response.results.find((r) => r.alsoMatched.includes('区域全面经济伙伴关系协定'))!;
    expect(new URL(both.href, 'http://x').searchParams.get('q')).toBe('rcep 区域全面经济伙伴关系协定');
    const onlyTyped = search(index, '电子商务').results.find((r) => r.alsoMatched.length === 0)!;
    expect(new URL(onlyTyped.href, 'http://x').searchParams.get('q')).toBe('电子商务');
    expect(search(index, 'RCEP', { exact: true }).results.every((r) => r.alsoMatched.length === 0)).toBe(true);
  });

  it('counts the occurrences of every form', () => {
    const occurrences = (text: string, w: string) => text.split(w).length - 1;
    for (const r of search(index, '跨境电商').results.slice(0, 20)) {
      const doc = index.docs.find((d) => keyOf(d) === keyOf(r))!;
      expect(r.count, r.anchor).toBe(occurrences(doc.norm, '跨境电商') + occurrences(doc.norm, '跨境电子商务'));
    }
  });
});

describe('the reviewed list', () => {
  const withList = (list: unknown) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'equiv-'));
    fs.mkdirSync(path.join(dir, 'chapters'));
    for (const f of fs.readdirSync(FIXTURE_DIR)) fs.copyFileSync(path.join(FIXTURE_DIR, f), path.join(dir, 'chapters', f));
    fs.writeFileSync(path.join(dir, 'search-equivalences.json'), JSON.stringify(list));
    const chapters = path.join(dir, 'chapters');
    return () => equivalencesFor(chapters, docsFromDir(chapters));
  };

  it('fails the build when a listed form never occurs in the report', () => {
    expect(withList({ groups: [{ forms: ['电商', '电子商贸'], source: 'x' }], rejected: [] })).toThrow(/“电子商贸” never occurs/);
    expect(withList({ groups: [{ forms: ['电商', '电子商务'], source: 'x' }], rejected: [] })()).toContainEqual({
      forms: ['电商', '电子商务'],
      source: 'x',
    });
  });

  it('fails the build when a rejection no longer matches a mined pair', () => {
    expect(withList({ groups: [], rejected: [{ short: 'XYZ', full: '不存在', why: 'x' }] })).toThrow(/XYZ ← 不存在 is no longer mined/);
  });
});
