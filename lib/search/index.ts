/**
 * The public surface of search: what the API route, the pages, the CLI and the bench may rely on. The
 * matcher, ranking and postings are internal; test/search/public-exports.test.ts pins this list. Disk
 * access (building from chapter files, reading the artifact) is in build-fs.ts and artifact-fs.ts.
 */
export { search, resultHref, type SearchOptions } from './search';
export { parseQuery, type ParsedQuery, type QueryWord } from './parse-query';
export { MAX_QUERY_BYTES, MAX_QUERY_LENGTH, truncateToBytes } from './limits';
export { parseSearchParams, MAX_LIMIT, MAX_OFFSET, MAX_RAW_QUERY, type SearchParams } from './api-params';
export { normalize, normalizeQuery } from './normalize';
export { loadArtifact, type LoadedIndex, type LoadedDoc } from './load';
export { grades, precisionAt, ndcgAt, type Judgement } from './metrics';
export type { SearchArtifact, SearchResponse, SearchResult, SectionDoc, Suggestion } from './types';
