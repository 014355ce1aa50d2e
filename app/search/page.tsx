import type { Metadata } from 'next';
import { Pager } from '@/app/components/search/pager';
import { QueryHelp } from '@/app/components/search/query-help';
import { SearchResults } from '@/app/components/search/search-results';
import { Suggestions } from '@/app/components/search/suggestions';
import { MAX_QUERY_LENGTH } from '@/lib/search/limits';
import { getSearchIndex } from '@/lib/search/artifact-fs';
import { search } from '@/lib/search/search';
import { REPORT_PARTS } from '@/lib/content/parts';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? '';
/** Results per page: a long list stays readable on a phone and the HTML small (`q=的` was 500 KB). */
const PAGE_SIZE = 20;
/** A page number as typed: anything but a plain number is page 1 (never an error page). */
const pageOf = (v: string) => (/^\d{1,4}$/.test(v) ? Math.max(1, Number(v)) : 1);

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const q = first((await searchParams).q).trim();
  // Result pages are many and thin: shareable, but not for search engines.
  return { title: q ? `搜索：${q.slice(0, 30)}` : '搜索', robots: { index: false } };
}

function unknownChapterNote(requested: string, total: number): string {
  const part = REPORT_PARTS.find((p) => p.slug === requested);
  const where = part ? `${part.label}中没有这个词` : `没有名为“${requested.slice(0, 40)}”的章节`;
  return total > 0 ? `${where}，下面是全书的结果。` : `${where}。`;
}

/** /search?q=… rendered on the server: the shareable URL of a search, and the search without JavaScript. */
export default async function SearchPage({ searchParams }: Props) {
  const params = await searchParams;
  const q = first(params.q);
  const requested = first(params.chapter) || undefined;
  const index = getSearchIndex();
  const pageAt = (p: number, inChapter: string | undefined) =>
    search(index, q, { chapter: inChapter, offset: (p - 1) * PAGE_SIZE, limit: PAGE_SIZE });
  let page = pageOf(first(params.page));
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
  const hrefFor = (p: number) =>
    `/search?${new URLSearchParams({ q: response.query, ...(chapter ? { chapter } : {}), ...(p > 1 ? { page: String(p) } : {}) })}`;
  const from = response.offset + 1;
  const to = response.offset + response.results.length;
  return (
    <div>
      <h1 className="text-2xl font-bold">搜索全文</h1>
      <form action="/search" method="get" role="search" className="my-4 flex gap-2">
        <label htmlFor="search-page-q" className="sr-only">
          搜索报告全文
        </label>
        <input
          id="search-page-q"
          name="q"
          type="search"
          defaultValue={response.query}
          maxLength={MAX_QUERY_LENGTH}
          className="min-w-0 flex-1 rounded border border-[var(--border)] bg-transparent px-3 py-2"
          placeholder="输入词语，空格分隔多个词；“引号”内为整句；-词 排除"
        />
        <button type="submit" className="rounded border border-[var(--border)] px-4 py-2">
          搜索
        </button>
      </form>
      {unknownFilter && response.terms.length > 0 ? (
        <p className="mb-3 text-sm text-[var(--accent)]" role="status" data-unknown-chapter>
          {unknownFilter}
        </p>
      ) : null}
      <QueryHelp />
      {response.note ? (
        <p className="mb-3 text-sm text-[var(--accent)]" role="status">
          {response.note}
        </p>
      ) : null}
      {response.terms.length === 0 ? (
        <p className="text-[var(--fg-muted)]">
          输入关键词搜索全书。可以搜索词语、数字（2022、43.83）、英文缩写（RCEP、B2B）或图表编号（图1-1、表5-1、专栏5-1）。
        </p>
      ) : (
        <>
          <p className="mb-3" role="status" data-search-total>
            {response.total > 0
              ? `“${response.query}” 共 ${response.total} 个结果（节、图、表、专栏或注释）${chapter ? `，本章 ${matching} 个` : ''}${pages > 1 ? `，第 ${from}–${to} 个` : ''}`
              : `没有找到包含“${response.query}”的内容。`}
          </p>
          <Suggestions suggestions={response.suggestions} className="mb-4" />
          {response.total > 0 || response.jump ? <SearchResults response={response} chapter={chapter} query={response.query} /> : null}
          <Pager page={page} pages={pages} hrefFor={hrefFor} />
        </>
      )}
    </div>
  );
}
