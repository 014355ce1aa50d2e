'use client';

import type { SearchResponse } from '@/lib/search/types';
import { MAX_QUERY_BYTES, MAX_QUERY_LENGTH } from '@/lib/search/limits';
import { withBase } from './base-path';
import { Highlighted } from './highlighted';
import { QueryHelp } from './query-help';
import { Suggestions } from './suggestions';

const shortChapter = (title: string) => title.split(' ')[0];

export interface SearchPanelProps {
  response: SearchResponse;
  /** The listbox's id, which the box's aria-controls and aria-activedescendant name. */
  listId: string;
  /** The option the arrow keys are on (-1: the input itself). */
  active: number;
  allHref: string;
  /** The query was cut to MAX_QUERY_BYTES. */
  cut: boolean;
  onChoose: () => void;
}

/**
 * The header box's results: counts per chapter, suggestions, the options. A chunk of its own
 * (search-box.client.tsx loads it on the box's first focus): a reader who never searches never needs it.
 */
export function SearchPanel({ response, listId, active, allHref, cut, onChoose }: SearchPanelProps) {
  let option = 0;
  const optionProps = (href: string) => {
    const i = option++;
    return {
      id: `${listId}-${i}`,
      href,
      role: 'option',
      'aria-selected': active === i,
      'data-active': active === i || undefined,
      onClick: onChoose,
    };
  };

  return (
    <div
      data-search-panel
      data-query={response.query}
      className="absolute right-0 top-full z-50 mt-2 max-h-[70vh] w-[min(34rem,92vw)] overflow-auto rounded border border-[var(--border)] bg-[var(--bg)] p-2 text-sm shadow-lg"
    >
      <p className="px-2 pb-2 text-xs text-[var(--fg-muted)]" data-chapter-counts>
        {response.total > 0 ? (
          <>
            共 {response.total} 条：
            {response.chapters.map((c) => (
              <span key={c.chapter} className="mr-2" data-chapter={c.chapter}>
                {shortChapter(c.chapterTitle)} <b>{c.count}</b>
              </span>
            ))}
          </>
        ) : (
          '没有找到结果'
        )}
        {response.note ? <span className="block text-[var(--accent)]">{response.note}</span> : null}
        {cut ? (
          <span className="block text-[var(--accent)]" data-box-truncated>
            查询最长 {MAX_QUERY_BYTES} 字节（约 {MAX_QUERY_LENGTH} 个汉字），超出部分未输入。
          </span>
        ) : null}
      </p>
      <Suggestions suggestions={response.suggestions} className="px-2 pb-2 text-xs" />
      <QueryHelp compact />
      <div id={listId} role="listbox" aria-label="搜索结果">
        {response.jump ? (
          <a
            {...optionProps(withBase(response.jump.href))}
            className="block rounded px-2 py-1 font-semibold data-[active]:bg-[var(--bg-raised)]"
          >
            直达 {response.jump.number} {response.jump.title}
          </a>
        ) : null}
        {response.results.map((r) => (
          <a
            key={r.href + r.kind + r.number}
            {...optionProps(withBase(r.href))}
            data-search-option
            className="block rounded px-2 py-1.5 text-[var(--fg)] hover:bg-[var(--bg-raised)] data-[active]:bg-[var(--bg-raised)]"
          >
            <span className="font-semibold">{[r.number, r.title].filter(Boolean).join(' ') || r.chapterTitle}</span>
            <span className="ml-2 text-xs text-[var(--fg-muted)]">
              {shortChapter(r.chapterTitle)} · {r.count} 处{r.alsoMatched.length ? ` · 也匹配：${r.alsoMatched.join('、')}` : ''}
            </span>
            <span className="mt-0.5 block text-xs leading-relaxed">
              <Highlighted text={r.snippet} ranges={r.highlights} />
            </span>
          </a>
        ))}
        <a
          {...optionProps(allHref)}
          data-search-all
          className="sticky bottom-0 block rounded bg-[var(--bg)] px-2 py-1.5 text-[var(--link)] data-[active]:bg-[var(--bg-raised)]"
        >
          查看全部 {response.total} 条结果 →
        </a>
      </div>
    </div>
  );
}
