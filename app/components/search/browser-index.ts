/**
 * The search index in the browser: fetched and loaded once per page, on first use (the box's first
 * focus, the static /search page), and shared by everything that searches. The query code itself
 * arrives with it (a dynamic import), so pages that never search never download it.
 */
import type { LoadedIndex } from '@/lib/search/browser';
import { withBase } from './base-path';

export const SEARCH_INDEX_PATH = '/search-index.json';

type Browser = typeof import('@/lib/search/browser');
export interface BrowserIndex {
  index: LoadedIndex;
  search: Browser['search'];
  parseSearchParams: Browser['parseSearchParams'];
}

let loading: Promise<BrowserIndex> | null = null;

export function loadBrowserIndex(): Promise<BrowserIndex> {
  if (!loading) {
    loading = (async () => {
      const [lib, res] = await Promise.all([import('@/lib/search/browser'), fetch(withBase(SEARCH_INDEX_PATH))]);
      if (!res.ok) throw new Error(`search index: HTTP ${res.status}`);
      const index = lib.loadArtifact(await res.json());
      return { index, search: lib.search, parseSearchParams: lib.parseSearchParams };
    })();
    // A failed load (offline before it was cached, a broken deploy) may be retried on the next focus.
    loading.catch(() => {
      loading = null;
    });
  }
  return loading;
}
