'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import type { SearchResponse } from '@/lib/search/types';
import { STATIC_EXPORT, withBase } from './base-path';
import { type BrowserIndex, loadBrowserIndex } from './browser-index';

/** Before the index has loaded (server requests): long enough to skip the intermediate states of fast typing, short enough to feel instant. */
export const DEBOUNCE_MS = 40;
export const BOX_LIMIT = 8;

/** Where the box's index stands: not asked for yet, on its way, searching in the browser, or unavailable. */
export type IndexStatus = 'idle' | 'loading' | 'ready' | 'failed';

/** The box's query exactly as GET /api/search?q=…&limit=8 runs it, but in the browser. */
export function searchInBrowser(browser: BrowserIndex, q: string): SearchResponse | null {
  const params = browser.parseSearchParams(new URLSearchParams({ q, limit: String(BOX_LIMIT) }));
  if (!params.ok) return null;
  return browser.search(browser.index, params.q, {
    limit: params.limit,
    offset: params.offset,
    chapter: params.chapter,
    exact: params.exact,
  });
}

/**
 * Results for the header box. The index loads on first focus (`warm`); from then on every keystroke
 * is searched in the browser. Until it has loaded, the server's /api/search answers (debounced; only
 * the latest request may set results); the static export has no server, so there the box waits and
 * says so. The same query is never searched twice in a row.
 */
export function useLiveSearch() {
  const [response, setResponse] = useState<SearchResponse | null>(null);
  const [status, setStatus] = useState<IndexStatus>('idle');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const controller = useRef<AbortController | null>(null);
  const browser = useRef<BrowserIndex | null>(null);
  const last = useRef('');

  const run = useCallback(async (value: string) => {
    const q = value.trim();
    if (q === last.current) return;
    last.current = q;
    controller.current?.abort();
    if (!q) {
      setResponse(null);
      return;
    }
    if (browser.current) {
      setResponse(searchInBrowser(browser.current, q));
      return;
    }
    // The static export: the results come when the index has loaded (warm's callback runs the last query).
    if (STATIC_EXPORT) return;
    const ac = new AbortController();
    controller.current = ac;
    try {
      const res = await fetch(withBase(`/api/search?q=${encodeURIComponent(q)}&limit=${BOX_LIMIT}`), { signal: ac.signal });
      if (!res.ok) return;
      const data = (await res.json()) as SearchResponse;
      if (!ac.signal.aborted) setResponse(data);
    } catch {
      // Aborted by a newer keystroke, or offline: the form still submits to /search.
    }
  }, []);

  const schedule = useCallback(
    (value: string, delay?: number) => {
      clearTimeout(timer.current);
      // The debounce spares the server requests for half-typed words; in the browser a search costs
      // about a millisecond, so every keystroke is searched at once.
      timer.current = setTimeout(() => void run(value), delay ?? (browser.current ? 0 : DEBOUNCE_MS));
    },
    [run],
  );

  useEffect(
    () => () => {
      clearTimeout(timer.current);
      controller.current?.abort();
    },
    [],
  );

  /** Starts loading the index before the first keystroke needs it. */
  const warm = useCallback(() => {
    if (browser.current || status === 'loading') return;
    setStatus('loading');
    loadBrowserIndex().then(
      (loaded) => {
        browser.current = loaded;
        setStatus('ready');
        // A server answer still on its way would be for the same query: the browser's is as good and here now.
        controller.current?.abort();
        if (last.current) setResponse(searchInBrowser(loaded, last.current));
      },
      () => setStatus('failed'),
    );
  }, [status]);

  return { response, status, schedule, warm };
}
