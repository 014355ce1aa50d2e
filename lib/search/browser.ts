/**
 * The query side for the browser: what the search box and the static /search page load lazily (a
 * dynamic import, so no page pays for it before search is used). Only pure modules: no node:fs, no
 * nodejieba, no pinyin-pro; the same `loadArtifact` and `search` the server runs.
 */
export { loadArtifact, type LoadedIndex } from './load';
export { search } from './search';
export { parseSearchParams } from './api-params';
export type { SearchArtifact, SearchResponse } from './types';
