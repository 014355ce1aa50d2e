import Link from 'next/link';
import type { SearchResponse } from '@/lib/search/types';
import { Highlighted } from './highlighted';

/** The full result list of the /search page: per-chapter counts, then every result with its snippet. */
export function SearchResults({ response, chapter }: { response: SearchResponse; chapter?: string }) {
  const q = encodeURIComponent(response.query);
  const shown = chapter ? response.results.filter((r) => r.chapter === chapter) : response.results;
  return (
    <div data-search-page-results>
      {response.jump ? (
        <p className="mb-4 rounded border border-[var(--border)] bg-[var(--bg-raised)] p-3">
          直达：<Link href={response.jump.href} className="font-semibold text-[var(--link)] hover:underline">
            {response.jump.number} {response.jump.title}
          </Link>
        </p>
      ) : null}
      <nav aria-label="按章节筛选" className="mb-6 flex flex-wrap gap-x-4 gap-y-1 text-sm" data-chapter-counts>
        <Link href={`/search?q=${q}`} aria-current={chapter ? undefined : 'page'} className={chapter ? 'text-[var(--link)]' : 'font-semibold'}>
          全部 {response.total}
        </Link>
        {response.chapters.map((c) => (
          <Link key={c.chapter} href={`/search?q=${q}&chapter=${encodeURIComponent(c.chapter)}`}
            aria-current={chapter === c.chapter ? 'page' : undefined}
            className={chapter === c.chapter ? 'font-semibold' : 'text-[var(--link)]'}>
            {c.chapterTitle} <span data-count>{c.count}</span>
          </Link>
        ))}
      </nav>
      <ol className="space-y-5">
        {shown.map((r) => (
          <li key={`${r.chapter}|${r.anchor}|${r.kind}|${r.number}|${r.title}`} data-search-result>
            <Link href={r.href} className="font-semibold text-[var(--link)] hover:underline">
              {[r.number, r.title].filter(Boolean).join(' ') || r.chapterTitle}
            </Link>
            <span className="ml-2 text-xs text-[var(--fg-muted)]">{r.count} 处</span>
            <p className="text-xs text-[var(--fg-muted)]">{r.path.join(' › ')}</p>
            <p className="mt-1 text-sm leading-relaxed"><Highlighted text={r.snippet} ranges={r.highlights} /></p>
          </li>
        ))}
      </ol>
    </div>
  );
}
