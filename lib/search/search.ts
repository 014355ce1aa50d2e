/**
 * The one query function behind the API, the /search page, the header box, the CLI and the bench.
 * Candidates and ranking come from the word index; the exact substring pass decides membership, so
 * the result set is exactly the units containing every query word.
 */
import { rankedIds } from './flex';
import { findJump } from './jump';
import type { LoadedDoc, LoadedIndex } from './load';
import { matchDoc, proximity, type Hit } from './match';
import { MAX_QUERY_LENGTH, parseQuery } from './parse-query';
import { segment } from './segment';
import { makeSnippet } from './snippet';
import type { ChapterCount, SearchResponse, SearchResult } from './types';

export interface SearchOptions {
  /** Maximum results returned (the total and per-chapter counts always cover all of them). */
  limit?: number;
}

interface Scored {
  doc: LoadedDoc;
  id: number;
  hits: Hit[];
  key: number[];
}

export function resultHref(chapter: string, query: string, anchor: string): string {
  const q = query ? `?q=${encodeURIComponent(query)}` : '';
  return `/chapters/${encodeURIComponent(chapter)}${q}${anchor ? `#${anchor}` : ''}`;
}

export function search(index: LoadedIndex, input: unknown, options: SearchOptions = {}): SearchResponse {
  const { query, terms, truncated } = parseQuery(input);
  const note = truncated ? `查询超过 ${MAX_QUERY_LENGTH} 个字符，已截断。` : undefined;
  if (terms.length === 0) return { query, terms, truncated, note, total: 0, chapters: [], results: [] };

  const tokens = terms.flatMap((t) => segment(t, index.vocab)).filter((t) => index.vocab.words.has(t));
  const wordRank = new Map<number, number>();
  rankedIds(index.words, tokens).forEach((id, rank) => wordRank.set(id, rank));

  const phrases = terms.length > 1 ? [terms.join(''), terms.join(' ')] : terms;
  const scored: Scored[] = [];
  index.docs.forEach((doc, id) => {
    const hits = matchDoc(doc, terms);
    if (!hits) return;
    const inHeading = headingScore(doc, terms, phrases);
    const asPhrase = phrases.some((p) => doc.norm.includes(p)) ? 1 : 0;
    // Larger is better for every key; ties fall back to reading order.
    const key = [inHeading, asPhrase, hits.length, -proximity(hits, terms.length), -(wordRank.get(id) ?? 1e9), -id];
    scored.push({ doc, id, hits, key });
  });
  scored.sort((a, b) => compareKeys(b.key, a.key));

  const limit = options.limit ?? scored.length;
  const results = scored.slice(0, Math.max(0, limit)).map((s) => toResult(s, landingTerm(s.doc, terms, phrases)));
  const hrefFor = (chapter: string, anchor: string) => resultHref(chapter, terms.join(' '), anchor);
  return { query, terms, truncated, note, total: scored.length, jump: findJump(index, query, hrefFor), chapters: countByChapter(scored), results };
}

/**
 * The `?q=` a result link carries: the reader's find bar highlights it as one string, so it is the
 * whole phrase where the unit has it, else the first word (never the quotes of a phrase query).
 */
function landingTerm(doc: LoadedDoc, terms: string[], phrases: string[]): string {
  return phrases.find((p) => doc.norm.includes(p)) ?? terms[0];
}

function headingScore(doc: LoadedDoc, terms: string[], phrases: string[]): number {
  if (!doc.headingNorm) return 0;
  if (phrases.some((p) => p === doc.titleNorm || p === doc.headingNorm)) return 3;
  if (phrases.some((p) => doc.headingNorm.includes(p))) return 2;
  return terms.every((t) => doc.headingNorm.includes(t)) ? 1 : 0;
}

function compareKeys(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}

function toResult({ doc, hits }: Scored, landing: string): SearchResult {
  const { snippet, highlights } = makeSnippet(doc, hits);
  return {
    chapter: doc.chapter,
    chapterTitle: doc.chapterTitle,
    anchor: doc.anchor,
    number: doc.number,
    title: doc.title,
    kind: doc.kind,
    path: doc.path,
    count: hits.length,
    snippet,
    highlights,
    href: resultHref(doc.chapter, landing, doc.anchor),
  };
}

function countByChapter(scored: Scored[]): ChapterCount[] {
  const counts = new Map<string, ChapterCount>();
  // Reading order: ids follow the chapters' order.
  for (const { doc } of [...scored].sort((a, b) => a.id - b.id)) {
    const c = counts.get(doc.chapter) ?? { chapter: doc.chapter, chapterTitle: doc.chapterTitle, count: 0 };
    c.count++;
    counts.set(doc.chapter, c);
  }
  return [...counts.values()];
}
