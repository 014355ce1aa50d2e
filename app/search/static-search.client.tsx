'use client';

import { useEffect, useState } from 'react';
import { loadBrowserIndex } from '@/app/components/search/browser-index';
import { REPORT_TITLE } from '@/lib/content/parts';
import { SEARCH_HINT, SearchForm, SearchPageResults } from './search-page-view';
import { searchPageModel, type SearchPageModel } from './search-page-model';

type State = { status: 'loading'; q: string } | { status: 'ready'; model: SearchPageModel } | { status: 'failed'; q: string };

/** Reads ?q=, ?chapter=, ?page= from the address and searches in the browser once the index has loaded. */
export function StaticSearch() {
  const [state, setState] = useState<State>({ status: 'loading', q: '' });

  useEffect(() => {
    const url = new URLSearchParams(window.location.search);
    const params = { q: url.get('q') ?? '', chapter: url.get('chapter') ?? '', page: url.get('page') ?? '' };
    setState({ status: 'loading', q: params.q });
    loadBrowserIndex().then(
      (browser) => {
        const model = searchPageModel(browser.index, browser.search, params);
        // The title page.server.tsx's generateMetadata gives the same search.
        if (model.response.query) document.title = `搜索：${model.response.query.slice(0, 30)} · ${REPORT_TITLE}`;
        setState({ status: 'ready', model });
      },
      () => setState({ status: 'failed', q: params.q }),
    );
  }, []);

  if (state.status !== 'ready') {
    return (
      <>
        <SearchForm query={state.q} />
        <p className="text-[var(--fg-muted)]" role="status" data-search-loading>
          {state.status === 'loading'
            ? state.q
              ? '正在载入搜索索引…'
              : SEARCH_HINT
            : '搜索索引未能载入（离线且尚未保存？），请联网后刷新。'}
        </p>
      </>
    );
  }
  return (
    <div data-search-static>
      <SearchForm query={state.model.response.query} />
      <SearchPageResults model={state.model} />
    </div>
  );
}
