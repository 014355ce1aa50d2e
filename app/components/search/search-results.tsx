import Link from 'next/link';
import type { SearchResponse, SearchResult } from '@/lib/search/types';
import { Highlighted } from './highlighted';

/**
 * One page of the /search page's results: per-chapter counts (links that filter), then the page's
 * results grouped by chapter. Groups come in the order of their best result, results by rank within a group.
 */
export function SearchResults({ response, chapter, query }: { response: SearchResponse; chapter?: string; query: string }) {
  const q = encodeURIComponent(query);
  const groups = new Map<string, SearchResult[]>();
  for (const r of response.results) groups.set(r.chapter, [...(groups.get(r.chapter) ?? []), r]);
  return (
    <div data-search-page-results>
      {response.jump ? (
        <p className="mb-4 rounded border border-[var(--border)] bg-[var(--bg-raised)] p-3">
          直达：
          <Link href={response.jump.href} className="font-semibold text-[var(--link)] hover:underline">
            {response.jump.number} {response.jump.title}
          </Link>
        </p>
      ) : null}
      <nav aria-label="按章节筛选" className="mb-6 flex flex-wrap gap-x-4 gap-y-1 text-sm" data-chapter-counts>
        <Link
          href={`/search?q=${q}`}
          aria-current={chapter ? undefined : 'page'}
          className={chapter ? 'text-[var(--link)]' : 'font-semibold'}
        >
          全部 {response.total}
        </Link>
        {response.chapters.map((c) => (
          <Link
            key={c.chapter}
            href={`/search?q=${q}&chapter=${encodeURIComponent(c.chapter)}`}
            aria-current={chapter === c.chapter ? 'page' : undefined}
            className={chapter === c.chapter ? 'font-semibold' : 'text-[var(--link)]'}
          >
            {c.chapterTitle} <span data-count>{c.count}</span>
          </Link>
        ))}
      </nav>
      {[...groups].map(([slug, results]) => (
        <section key={slug} aria-labelledby={`results-${slug}`} className="mb-8" data-result-group={slug}>
          <h2 id={`results-${slug}`} className="mb-3 border-b border-[var(--border)] pb-1 text-base font-semibold">
            {results[0].chapterTitle} <span className="text-sm font-normal text-[var(--fg-muted)]">本页 {results.length} 条</span>
          </h2>
          <ol className="space-y-5">
            {results.map((r) => (
              <li key={`${r.anchor}|${r.kind}|${r.number}|${r.title}`} data-search-result>
                <Link href={r.href} className="font-semibold text-[var(--link)] hover:underline">
                  {[r.number, r.title].filter(Boolean).join(' ') || r.chapterTitle}
                </Link>
                <span className="ml-2 text-xs text-[var(--fg-muted)]" title="查询词在这一节（图、表、注）中出现的次数">
                  出现 {r.count} 次
                </span>
                {r.alsoMatched.length ? (
                  <span className="ml-2 text-xs text-[var(--fg-muted)]" data-also-matched>
                    也匹配：{r.alsoMatched.join('、')}
                  </span>
                ) : null}
                <p className="text-xs text-[var(--fg-muted)]">{r.path.join(' › ')}</p>
                <p className="mt-1 text-sm leading-relaxed">
                  <Highlighted text={r.snippet} ranges={r.highlights} />
                </p>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
