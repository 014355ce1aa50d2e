'use client';

import { lazy, Suspense, useEffect, useId, useRef, useState } from 'react';
import { MAX_QUERY_BYTES, truncateToBytes } from '@/lib/search/limits';
import { STATIC_EXPORT, withBase } from './base-path';
import { SEARCH_PARAM } from './search-param';
import { useLiveSearch } from './use-live-search';
import type { SearchPanelProps } from './search-panel.client';

// The results panel loads on the box's first focus, beside the index, not with every page.
const loadPanel = () => import('./search-panel.client');
const SearchPanel = lazy(() =>
  loadPanel().then(
    (m): { default: React.ComponentType<SearchPanelProps> } => ({ default: m.SearchPanel }),
    // Unloadable (offline before it was cached): no panel, and Enter still submits the form to /search.
    () => ({ default: () => null }),
  ),
);

const isTyping = (el: EventTarget | null) => {
  const e = el as HTMLElement | null;
  return !!e && (e.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(e.tagName));
};

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
          void loadPanel();
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
        <Suspense fallback={null}>
          <SearchPanel response={response} listId={listId} active={active} allHref={allHref} cut={cut} onChoose={() => setOpen(false)} />
        </Suspense>
      ) : null}
    </form>
  );
}
