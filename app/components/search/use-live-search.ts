'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import type { SearchResponse } from '@/lib/search/types';

/** Long enough to skip the intermediate states of fast typing, short enough to feel instant. */
export const DEBOUNCE_MS = 40;
export const BOX_LIMIT = 8;

/**
 * Debounced fetches of /api/search for the header box. Only the latest request may set results
 * (earlier ones are aborted), and the same query is never fetched twice in a row.
 */
export function useLiveSearch() {
  const [response, setResponse] = useState<SearchResponse | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const controller = useRef<AbortController | null>(null);
  const last = useRef('');
  const warmed = useRef(false);

  const run = useCallback(async (value: string) => {
    const q = value.trim();
    if (q === last.current) return;
    last.current = q;
    controller.current?.abort();
    if (!q) {
      setResponse(null);
      return;
    }
    const ac = new AbortController();
    controller.current = ac;
    try {
      const res = await fetch(`/api/search?q=${encodeURIComponent(q)}&limit=${BOX_LIMIT}`, { signal: ac.signal });
      if (!res.ok) return;
      const data = (await res.json()) as SearchResponse;
      if (!ac.signal.aborted) setResponse(data);
    } catch {
      // Aborted by a newer keystroke, or offline: the form still submits to /search.
    }
  }, []);

  const schedule = useCallback(
    (value: string, delay = DEBOUNCE_MS) => {
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void run(value), delay);
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

  /** Asks the server to load its index before the first keystroke needs it (cold start). */
  const warm = useCallback(() => {
    if (warmed.current) return;
    warmed.current = true;
    void fetch('/api/search?q=').catch(() => undefined);
  }, []);

  return { response, schedule, warm };
}
