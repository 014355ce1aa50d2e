/**
 * The one query function behind the API, the /search page, the header box, the CLI and the bench.
 * Membership comes from the exact substring pass (so the result set is exactly the units containing
 * every query word in one of its forms, as Ctrl+F would find them; in exact mode only as typed);
 * rank.ts orders them.
 */
import { newArena, resetArena } from './arena';
import { expandWord } from './expand';
import { type HitBuffer, newHitBuffer } from './hits';
import { findJump } from './jump';
import type { LoadedIndex } from './load';
import { collectHits, type FormMasks, formMasks, mayBeRawDigits, type Term, type UnitHits } from './match';
import { MAX_QUERY_BYTES, MAX_QUERY_LENGTH, parseQuery, type QueryWord } from './parse-query';
import { byRank, idfOf, type QueryStats, queryStats, RANK_CAP, type Scored, scoreOf } from './rank';
import { makeSnippet } from './snippet';
import { FEW_RESULTS, suggestWord } from './suggest';
import type { ChapterCount, SearchResponse, SearchResult, Suggestion } from './types';

export interface SearchOptions {
  /** Maximum results returned (the total and per-chapter counts always cover all of them). */
  limit?: number;
  /** Results to skip (paging); counts are unaffected. */
  offset?: number;
  /** Only results from this chapter (slug); `total` and `chapters` still count every chapter. */
  chapter?: string;
  /** Only what was typed: no equivalent forms (today's Ctrl+F semantics, bit for bit). */
  exact?: boolean;
}

/** A chapter link carrying the words for the reader's find bar: `?q=` with words separated by single spaces. */
export function resultHref(chapter: string, words: string[] | string, anchor: string): string {
  const q = (typeof words === 'string' ? [words] : words).join(' ').trim();
  const search = q ? `?q=${formEncode(q)}` : '';
  return `/chapters/${encodeURIComponent(chapter)}${search}${anchor ? `#${anchor}` : ''}`;
}

/**
 * application/x-www-form-urlencoded, as URLSearchParams writes it (space → +; !'()~ escaped too),
 * without building a URLSearchParams for every result.
 */
export function formEncode(value: string): string {
  let out = encodeURIComponent(value);
  // Most queries have neither: skip the replacements (and their callback) then.
  if (NEEDS_ESCAPE.test(out)) out = out.replace(/[!'()~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return out.includes('%20') ? out.replace(/%20/g, '+') : out;
}

const NEEDS_ESCAPE = /[!'()~]/;

function termOf(word: QueryWord, index: LoadedIndex, exact: boolean): Term {
  const forms = exact || word.phrase ? [word.text] : expandWord(word.text, index.equivalences);
  return { forms, inRaw: forms.map((f) => mayBeRawDigits(f, index.rawChars)) };
}

/**
 * The hits of the query being answered, reused from one query to the next: search() runs to the end
 * without yielding, so no two queries ever share it, and most queries then allocate no hit storage.
 */
const queryHits = newHitBuffer(4096);
/** Typed-array space of the query being answered (arena.ts), reused the same way. */
const queryArena = newArena();

export function search(index: LoadedIndex, input: unknown, options: SearchOptions = {}): SearchResponse {
  const parsed = parseQuery(input);
  const { query, terms: typed, words, truncated, simplified } = parsed;
  const exact = !!options.exact;
  const excluded = parsed.exclude.map((w) => w.text);
  const notes = [
    truncated ? `查询超过 ${MAX_QUERY_BYTES} 字节（约 ${MAX_QUERY_LENGTH} 个汉字），已截断。` : '',
    simplified ? `已按简体字搜索：${query}` : '',
  ].filter(Boolean);
  const note = notes.length ? notes.join(' ') : undefined;
  if (typed.length === 0) {
    return {
      query,
      terms: typed,
      exclude: excluded,
      exact,
      truncated,
      note,
      expanded: [],
      total: 0,
      offset: 0,
      chapters: [],
      results: [],
      suggestions: [],
    };
  }

  const terms = words.map((w) => termOf(w, index, exact));
  const expanded: SearchResponse['expanded'] = [];
  for (let i = 0; i < terms.length; i++) if (terms[i].forms.length > 1) expanded.push({ term: typed[i], forms: terms[i].forms });
  const arena = queryArena;
  resetArena(arena);
  const perTerm = terms.map((t) => formMasks(index, t, arena));
  const perExcluded = parsed.exclude.map((w) => formMasks(index, termOf(w, index, exact), arena).masks);
  const perChapter: ChapterCount[] = [];
  const docs = index.docs;
  const scored: Scored[] = [];
  const hits = queryHits;
  hits.length = 0;
  let total = 0;
  // Every word's rarity is known from formMasks already: each unit is scored as soon as its hits
  // are collected, while its text is at hand (the stats themselves only once a unit matches).
  let stats: QueryStats | null = null;
  // Walk the units of the rarest word only: a unit lacking it cannot match.
  const rarest = perTerm.reduce((a, b) => (b.units < a.units ? b : a)).ids;
  for (let r = 0; r < rarest.length; r++) {
    const id = rarest[r];
    let absent = false;
    for (let t = 0; t < perTerm.length && !absent; t++) if (perTerm[t].masks[id] === 0) absent = true;
    for (let x = 0; x < perExcluded.length && !absent; x++) if (perExcluded[x][id] !== 0) absent = true;
    if (absent) continue;
    const doc = docs[id];
    total++;
    // Units are in reading order, so a unit's chapter is the last one counted or a new one after it.
    const c = perChapter.length ? perChapter[perChapter.length - 1] : undefined;
    if (c && c.chapter === doc.chapter) c.count++;
    else perChapter.push({ chapter: doc.chapter, chapterTitle: doc.chapterTitle, count: 1 });
    if (options.chapter && doc.chapter !== options.chapter) continue;
    const unit: Scored = { doc, id, score: 0, from: 0, to: 0, count: 0, capped: false };
    collectHits(index, id, terms, perTerm, RANK_CAP, hits, unit);
    stats ??= queryStats(
      index,
      terms,
      typed,
      perTerm.map((m) => idfOf(m.units, docs.length)),
      arena,
    );
    unit.score = scoreOf(doc, id, hits, unit, stats);
    scored.push(unit);
  }
  const offset = Math.max(0, options.offset ?? 0);
  const limit = Math.max(0, options.limit ?? scored.length);
  const links = new Map<string, string>();
  const results = topRanked(scored, offset + limit)
    .slice(offset)
    .map((s) => toResult(s, index, terms, typed, perTerm, hits, links));
  const hrefFor = (chapter: string, anchor: string) => resultHref(chapter, typed, anchor);
  const jump = findJump(index, query, hrefFor);
  const suggestions =
    total < FEW_RESULTS
      ? suggestionsFor(
          index,
          words,
          parsed.exclude,
          perTerm.map((m) => m.units),
        )
      : [];
  // Written out rather than spread from a shared part: the fields in this order are the JSON every client reads.
  return options.chapter
    ? {
        query,
        terms: typed,
        exclude: excluded,
        exact,
        truncated,
        note,
        expanded,
        total,
        chapterTotal: scored.length,
        offset,
        jump,
        chapters: perChapter,
        results,
        suggestions,
      }
    : {
        query,
        terms: typed,
        exclude: excluded,
        exact,
        truncated,
        note,
        expanded,
        total,
        offset,
        jump,
        chapters: perChapter,
        results,
        suggestions,
      };
}

/** For each word found in few units: report terms it may stand for, each as a whole new query. */
function suggestionsFor(index: LoadedIndex, words: QueryWord[], exclude: QueryWord[], units: number[]): Suggestion[] {
  const out: Suggestion[] = [];
  const quote = (w: QueryWord) => (w.phrase || /[\s,、]/.test(w.text) ? `“${w.text}”` : w.text);
  words.forEach((word, t) => {
    if (units[t] >= FEW_RESULTS) return;
    for (const c of suggestWord(word.text, index.suggest)) {
      const query = [...words.map((w, i) => (i === t ? c.suggestion : quote(w))), ...exclude.map((w) => `-${quote(w)}`)].join(' ');
      out.push({
        term: word.text,
        suggestion: c.suggestion,
        reason: c.reason,
        query,
        href: `/search?${new URLSearchParams({ q: query })}`,
      });
    }
  });
  return out;
}

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

/** Hits per form a snippet looks at when the ranking's were capped: beyond these none changes which sentence is shown. */
const SNIPPET_HITS = 64;

/** Where a capped unit's longer list of hits for its snippet is described (used and dropped by one toResult). */
const snippetHits: UnitHits = { from: 0, to: 0, count: 0, capped: false };

function toResult(
  unit: Scored,
  index: LoadedIndex,
  terms: Term[],
  typed: string[],
  perTerm: FormMasks[],
  hits: HitBuffer,
  links: Map<string, string>,
): SearchResult {
  // A capped unit's snippet looks at more of its hits: collected after the others, then dropped.
  const { doc, id } = unit;
  const mark = hits.length;
  const shown = unit.capped ? collectHits(index, id, terms, perTerm, SNIPPET_HITS, hits, snippetHits) : unit;
  const { snippet, highlights } = makeSnippet(doc, hits, shown, terms.length);
  hits.length = mark;
  const alsoMatched = alsoMatchedIn(id, index, terms, perTerm);
  // Every word as typed plus the forms this unit has: the find bar highlights each of them. Most
  // results share one word list, so each distinct list is encoded once per query.
  const key = alsoMatched.length === 0 ? '' : alsoMatched.length === 1 ? alsoMatched[0] : alsoMatched.join('\u0000');
  let q = links.get(key);
  if (q === undefined) {
    q = resultHref('', alsoMatched.length ? [...new Set([...typed, ...alsoMatched])] : typed, '').slice('/chapters/'.length);
    links.set(key, q);
  }
  const href = doc.hrefPath + q + doc.hrefHash;
  return {
    chapter: doc.chapter,
    chapterTitle: doc.chapterTitle,
    anchor: doc.anchor,
    number: doc.number,
    title: doc.title,
    kind: doc.kind,
    path: doc.path,
    count: unit.count,
    alsoMatched,
    snippet,
    highlights,
    href,
  };
}

function alsoMatchedIn(id: number, index: LoadedIndex, terms: Term[], perTerm: FormMasks[]): string[] {
  const out: string[] = [];
  for (let t = 0; t < terms.length; t++) {
    const forms = terms[t].forms;
    // Bit 0 is the form typed: a unit holding only that (or a word with no other forms) adds nothing.
    const mask = perTerm[t].masks[id];
    if (mask <= 1) continue;
    for (let f = 1; f < forms.length; f++) {
      if (!(mask & (1 << f))) continue;
      const shown = index.equivalences.display.get(forms[f]) ?? forms[f];
      if (!out.includes(shown)) out.push(shown);
    }
  }
  return out;
}
