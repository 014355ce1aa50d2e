import { expect, it } from 'vitest';
import * as search from '@/lib/search';

it('lib/search exposes exactly its public entry points', () => {
  expect(Object.keys(search).sort()).toEqual([
    'MAX_LIMIT',
    'MAX_OFFSET',
    'MAX_QUERY_BYTES',
    'MAX_QUERY_LENGTH',
    'MAX_RAW_QUERY',
    'grades',
    'loadArtifact',
    'ndcgAt',
    'normalize',
    'normalizeQuery',
    'parseQuery',
    'parseSearchParams',
    'precisionAt',
    'resultHref',
    'search',
    'truncateToBytes',
  ]);
});
