import { Pager } from '@/app/components/search/pager';
import { QueryHelp } from '@/app/components/search/query-help';
import { SearchResults } from '@/app/components/search/search-results';
import { Suggestions } from '@/app/components/search/suggestions';
import { withBase } from '@/app/components/search/base-path';
import { MAX_QUERY_LENGTH } from '@/lib/search/limits';
import type { SearchPageModel } from './search-page-model';

/** The search form, with the query as searched. */
export function SearchForm({ query }: { query: string }) {
  return (
    <form action={withBase('/search')} method="get" role="search" className="my-4 flex gap-2">
      <label htmlFor="search-page-q" className="sr-only">
        搜索报告全文
      </label>
      <input
        id="search-page-q"
        name="q"
        type="search"
        defaultValue={query}
        maxLength={MAX_QUERY_LENGTH}
        className="min-w-0 flex-1 rounded border border-[var(--border)] bg-transparent px-3 py-2"
        placeholder="输入词语，空格分隔多个词；“引号”内为整句；-词 排除"
      />
      <button type="submit" className="rounded border border-[var(--border)] px-4 py-2">
        搜索
      </button>
    </form>
  );
}

export const SEARCH_HINT =
  '输入关键词搜索全书。可以搜索词语、数字（2022、43.83）、英文缩写（RCEP、B2B）或图表编号（图1-1、表5-1、专栏5-1）。';

/** The results part of /search: the same markup whether the server or the browser searched. */
export function SearchPageResults({ model }: { model: SearchPageModel }) {
  const { response, chapter, unknownFilter, page, pages, matching } = model;
  const hrefFor = (p: number) =>
    `/search?${new URLSearchParams({ q: response.query, ...(chapter ? { chapter } : {}), ...(p > 1 ? { page: String(p) } : {}) })}`;
  const from = response.offset + 1;
  const to = response.offset + response.results.length;
  return (
    <>
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
        <p className="text-[var(--fg-muted)]">{SEARCH_HINT}</p>
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
    </>
  );
}
