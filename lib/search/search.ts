/**
 * The one query function behind the API, the /search page, the header box, the CLI and the bench.
 * Membership comes from the exact substring pass (so the result set is exactly the units containing
 * every query word, as Ctrl+F would find them); the word index's rank breaks ties after the
 * heading, phrase, occurrence and proximity rules.
 */
import { rankedIds } from './flex';
import { findJump } from './jump';
import type { LoadedDoc, LoadedIndex } from './load';
import { countHits, countInCorpus, matchDoc, mayBeRawDigits, proximity } from './match';
import { MAX_QUERY_BYTES, MAX_QUERY_LENGTH, parseQuery } from './parse-query';
import { segment } from './segment';
import { makeSnippet } from './snippet';
import type { ChapterCount, SearchResponse, SearchResult } from './types';

/** Occurrences counted for ranking saturate here: beyond it, more of a word says little. */
const RANK_CAP = 10;

export interface SearchOptions {
  /** Maximum results returned (the total and per-chapter counts always cover all of them). */
  limit?: number;
  /** Only what was typed: no equivalent forms (today's Ctrl+F semantics, bit for bit). */
  exact?: boolean;
}

/** Ranking keys, larger first, compared in this order; ties keep reading order (stable sort). */
interface Scored {
  doc: LoadedDoc;
  id: number;
  /** heading/caption match (0–3) × 2 + whole query as one phrase (0–1) */
  place: number;
  count: number;
  /** Whether `count` is the true number of occurrences (no word reached the ranking cap). */
  exact: boolean;
  /** minus the smallest window holding every word */
  near: number;
  /** minus the word index's rank */
  word: number;
}

export function resultHref(chapter: string, query: string, anchor: string): string {
  const q = query ? `?q=${encodeURIComponent(query)}` : '';
  return `/chapters/${encodeURIComponent(chapter)}${q}${anchor ? `#${anchor}` : ''}`;
}

export function search(index: LoadedIndex, input: unknown, options: SearchOptions = {}): SearchResponse {
  const { query, terms, exclude, truncated, simplified } = parseQuery(input);
  const excluded = exclude.map((w) => w.text);
  const notes = [
    truncated ? `查询超过 ${MAX_QUERY_BYTES} 字节（约 ${MAX_QUERY_LENGTH} 个汉字），已截断。` : '',
    simplified ? `已按简体字搜索：${query}` : '',
  ].filter(Boolean);
  const note = notes.length ? notes.join(' ') : undefined;
  if (terms.length === 0) return { query, terms, exclude: excluded, truncated, note, total: 0, chapters: [], results: [] };

  const tokens = terms.flatMap((t) => segment(t, index.vocab)).filter((t) => index.vocab.words.has(t));
  const wordRank = new Map<number, number>();
  rankedIds(index.words, tokens).forEach((id, rank) => wordRank.set(id, rank));

  const phrases = terms.length > 1 ? [terms.join(''), terms.join(' ')] : terms;
  const scored: Scored[] = [];
  const inRaw = terms.map((t) => mayBeRawDigits(t, index.rawChars));
  const chapters = new Map<string, ChapterCount>();
  const docs = index.docs;
  const perTerm = terms.map((t, i) => countInCorpus(index, t, inRaw[i], RANK_CAP));
  const perExcluded = excluded.map((t) => countInCorpus(index, t, mayBeRawDigits(t, index.rawChars), 1));
  for (let id = 0; id < docs.length; id++) {
    if (perExcluded.some((counts) => counts[id] > 0)) continue;
    let count = 0;
    let exact = true;
    for (const counts of perTerm) {
      if (counts[id] === 0) {
        count = -1;
        break;
      }
      count += counts[id];
      if (counts[id] >= RANK_CAP) exact = false;
    }
    if (count < 0) continue;
    const doc = docs[id];
    const inHeading = headingScore(doc, terms, phrases);
    const asPhrase = terms.length === 1 || phrases.some((p) => doc.norm.includes(p)) ? 1 : 0;
    // Positions are needed only to measure how close several words are.
    const span = terms.length > 1 ? proximity(matchDoc(doc, terms, inRaw, SNIPPET_HITS) ?? [], terms.length) : 0;
    scored.push({ doc, id, place: inHeading * 2 + asPhrase, count, exact, near: -span, word: -(wordRank.get(id) ?? 1e9) });
    // Docs are in reading order, so chapters are counted in reading order too.
    const c = chapters.get(doc.chapter) ?? { chapter: doc.chapter, chapterTitle: doc.chapterTitle, count: 0 };
    c.count++;
    chapters.set(doc.chapter, c);
  }
  const limit = Math.max(0, options.limit ?? scored.length);
  const results = topRanked(scored, limit).map((s) => toResult(s, terms, inRaw, landingTerm(s.doc, terms, phrases)));
  const hrefFor = (chapter: string, anchor: string) => resultHref(chapter, terms.join(' '), anchor);
  return { query, terms, exclude: excluded, truncated, note, total: scored.length, jump: findJump(index, query, hrefFor), chapters: [...chapters.values()], results };
}

const byRank = (a: Scored, b: Scored) => b.place - a.place || b.count - a.count || b.near - a.near || b.word - a.word || a.id - b.id;

/**
 * The first `limit` by rank. The header box asks for 8 of often hundreds of hits: keeping a short
 * sorted list costs less than sorting them all, and gives the same order (ties fall back to reading order).
 */
function topRanked(scored: Scored[], limit: number): Scored[] {
  if (limit === 0) return [];
  if (limit * 4 >= scored.length) return scored.sort(byRank).slice(0, limit);
  const top: Scored[] = [];
  for (const s of scored) {
    if (top.length === limit && byRank(s, top[limit - 1]) >= 0) continue;
    let at = top.length === limit ? limit - 1 : top.length;
    while (at > 0 && byRank(s, top[at - 1]) < 0) at--;
    top.splice(at, 0, s);
    if (top.length > limit) top.pop();
  }
  return top;
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

/** Hits beyond these per word cannot change which sentence is shown; the count stays exact. */
const SNIPPET_HITS = 64;

function toResult({ doc, count, exact }: Scored, terms: string[], inRaw: boolean[], landing: string): SearchResult {
  const hits = matchDoc(doc, terms, inRaw, SNIPPET_HITS) ?? [];
  const { snippet, highlights } = makeSnippet(doc, hits, terms.length);
  return {
    chapter: doc.chapter,
    chapterTitle: doc.chapterTitle,
    anchor: doc.anchor,
    number: doc.number,
    title: doc.title,
    kind: doc.kind,
    path: doc.path,
    // The ranking pass counted every occurrence unless a word hit its cap; only then count again.
    count: exact ? count : countHits(doc, terms, inRaw, Infinity),
    snippet,
    highlights,
    href: resultHref(doc.chapter, landing, doc.anchor),
  };
}
