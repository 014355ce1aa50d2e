'use client';

import { useEffect, useId, useRef, useState } from 'react';
import { MAX_QUERY_BYTES, MAX_QUERY_LENGTH, truncateToBytes } from '@/lib/search/limits';
import { STATIC_EXPORT, withBase } from './base-path';
import { Highlighted } from './highlighted';
import { QueryHelp } from './query-help';
import { Suggestions } from './suggestions';
import { SEARCH_PARAM } from './search-param';
import { useLiveSearch } from './use-live-search';

const isTyping = (el: EventTarget | null) => {
  const e = el as HTMLElement | null;
  return !!e && (e.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(e.tagName));
};
const shortChapter = (title: string) => title.split(' ')[0];

/**
 * The header search box with results as you type. Server-rendered as a plain GET form to /search,
 * so it works before hydration and without JavaScript. Nothing is searched while an IME composition
 * is in progress (half-typed pinyin is not a query): compositionend triggers the search instead.
 */
export function SearchBoxIsland() {
  const [value, setValue] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [hydrated, setHydrated] = useState(false);
  const [cut, setCut] = useState(false);
  const composing = useRef(false);
  const input = useRef<HTMLInputElement>(null);
  const root = useRef<HTMLFormElement>(null);
  const listId = useId();
  const { response, status, schedule, warm } = useLiveSearch();

  const allHref = withBase(`/search?${SEARCH_PARAM}=${encodeURIComponent(value.trim())}`);
  const hrefs = [...(response?.jump ? [response.jump.href] : []), ...(response?.results.map((r) => r.href) ?? [])].map(withBase);
  hrefs.push(allHref);
  const showPanel = open && !!response && value.trim() !== '';
  // Only the static export waits for the index (elsewhere the server answers meanwhile): it says so.
  const waiting = STATIC_EXPORT && open && !response && value.trim() !== '' && (status === 'loading' || status === 'failed');

  useEffect(() => setHydrated(true), []);

  useEffect(() => {
    setActive(-1);
    if (response) setOpen(true);
  }, [response]);

  useEffect(() => {
    if (active >= 0) document.getElementById(`${listId}-${active}`)?.scrollIntoView({ block: 'nearest' });
  }, [active, listId]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const k = e.key.toLowerCase();
      if ((k === 'k' && (e.metaKey || e.ctrlKey)) || (e.key === '/' && !e.metaKey && !e.ctrlKey && !e.altKey && !isTyping(e.target))) {
        e.preventDefault();
        input.current?.focus();
        input.current?.select();
      }
    };
    const onPointer = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, []);

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.nativeEvent.isComposing || composing.current) return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (!showPanel) return setOpen(true);
      e.preventDefault();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      // -1 is the input itself; the cycle runs input → options → input.
      const n = hrefs.length + 1;
      setActive((i) => ((((i + 1 + step) % n) + n) % n) - 1);
    } else if (e.key === 'Enter' && showPanel && active >= 0 && active < hrefs.length) {
      e.preventDefault();
      window.location.assign(hrefs[active]);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      setActive(-1);
      if (showPanel) setOpen(false);
      else input.current?.blur();
    }
  };

  let option = 0;
  const optionProps = (href: string) => {
    const i = option++;
    return {
      id: `${listId}-${i}`,
      href,
      role: 'option',
      'aria-selected': active === i,
      'data-active': active === i || undefined,
      onClick: () => setOpen(false),
    };
  };

  return (
    <form
      ref={root}
      action={withBase('/search')}
      method="get"
      role="search"
      className="relative flex items-center gap-2"
      data-search-box={hydrated ? 'live' : 'form'}
      data-search-index={status}
    >
      <label htmlFor="site-search" className="sr-only">
        搜索报告全文
      </label>
      <input
        ref={input}
        id="site-search"
        name={SEARCH_PARAM}
        type="search"
        placeholder="搜索全文  /"
        autoComplete="off"
        role="combobox"
        aria-expanded={showPanel}
        aria-controls={showPanel ? listId : undefined}
        aria-activedescendant={showPanel && active >= 0 ? `${listId}-${active}` : undefined}
        aria-keyshortcuts="/ Control+K Meta+K"
        value={value}
        maxLength={MAX_QUERY_BYTES}
        onChange={(e) => {
          // The cap is in bytes (what a URL carries), which maxlength cannot count: cut here and say so.
          const { text, truncated } = truncateToBytes(e.target.value);
          setCut(truncated);
          setValue(text);
          if (!composing.current && !(e.nativeEvent as InputEvent).isComposing) schedule(text);
        }}
        onCompositionStart={() => {
          composing.current = true;
        }}
        onCompositionEnd={(e) => {
          composing.current = false;
          const { text, truncated } = truncateToBytes(e.currentTarget.value);
          setCut(truncated);
          setValue(text);
          // Choosing a candidate is a deliberate commit: no need to wait for more keystrokes.
          schedule(text, 0);
        }}
        onFocus={() => {
          warm();
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        className="w-40 rounded border border-[var(--border)] bg-transparent px-2 py-1 text-sm sm:w-64"
      />
      {waiting ? (
        <p
          role="status"
          data-search-loading
          className="absolute right-0 top-full z-50 mt-2 w-[min(34rem,92vw)] rounded border border-[var(--border)] bg-[var(--bg)] p-3 text-sm shadow-lg"
        >
          {status === 'loading' ? '正在载入搜索索引…' : '搜索索引未能载入；按回车打开搜索页重试。'}
        </p>
      ) : null}
      {showPanel ? (
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
      ) : null}
    </form>
  );
}
