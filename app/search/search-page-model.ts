/**
 * What the /search page shows for its URL parameters: one pure function, run by the server-rendered
 * page (`npm start`) and by the static export's page in the browser, so both show the same results.
 */
import { REPORT_PARTS } from '@/lib/content/parts';
import type { LoadedIndex } from '@/lib/search/load';
import type { search as searchFn } from '@/lib/search/search';
import type { SearchResponse } from '@/lib/search/types';

/** Results per page: a long list stays readable on a phone and the HTML small (`q=的` was 500 KB). */
export const PAGE_SIZE = 20;

export interface SearchPageParams {
  q: string;
  chapter?: string;
  page?: string;
}

export interface SearchPageModel {
  response: SearchResponse;
  /** The chapter filter in force (a requested one that has results). */
  chapter?: string;
  /** Says a requested filter named no chapter with results. */
  unknownFilter: string | null;
  page: number;
  pages: number;
  /** Units in the filtered chapter, or in the whole report. */
  matching: number;
}

/** A page number as typed: anything but a plain number is page 1 (never an error page). */
const pageOf = (v: string | undefined) => (v && /^\d{1,4}$/.test(v) ? Math.max(1, Number(v)) : 1);

function unknownChapterNote(requested: string, total: number): string {
  const part = REPORT_PARTS.find((p) => p.slug === requested);
  const where = part ? `${part.label}中没有这个词` : `没有名为“${requested.slice(0, 40)}”的章节`;
  return total > 0 ? `${where}，下面是全书的结果。` : `${where}。`;
}

export function searchPageModel(index: LoadedIndex, search: typeof searchFn, params: SearchPageParams): SearchPageModel {
  const { q } = params;
  const requested = params.chapter || undefined;
  const pageAt = (p: number, inChapter: string | undefined) =>
    search(index, q, { chapter: inChapter, offset: (p - 1) * PAGE_SIZE, limit: PAGE_SIZE });
  let page = pageOf(params.page);
  let response = pageAt(page, requested);
  // A filter naming no chapter with results (a typo, an old link) must say so, not show an empty list.
  // The per-chapter counts cover the whole report even when filtered, so only that rare case searches twice.
  const chapter = requested && response.chapters.some((c) => c.chapter === requested) ? requested : undefined;
  const unknownFilter = requested && !chapter ? unknownChapterNote(requested, response.total) : null;
  if (requested && !chapter) response = pageAt(page, undefined);
  const matching = chapter ? (response.chapterTotal ?? 0) : response.total;
  const pages = Math.max(1, Math.ceil(matching / PAGE_SIZE));
  // A page past the end (an old link, a typed number) shows the last page rather than nothing.
  if (page > pages) response = pageAt((page = pages), chapter);
  return { response, chapter, unknownFilter, page, pages, matching };
}
