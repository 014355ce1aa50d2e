/**
 * Search in the browser gives exactly what the server gives: every query of the bench's set
 * (test/search/queries.json), as the box asks for it (limit 8) and as a full list, through
 * - the server path: GET /api/search (app/api/search/route.server.ts), its JSON body;
 * - the client path: the bytes GET /search-index.json serves, parsed and loaded as the browser does
 *   (lib/search/browser), searched by the box's own function (use-live-search.ts).
 */
import fs from 'node:fs';
import { NextRequest } from 'next/server';
import { describe, expect, inject, it, vi } from 'vitest';
import { CORPUS_DIR } from '../../search/helpers';
import queries from '../../search/queries.json';

const artifactFile = inject('searchArtifacts')[CORPUS_DIR];

// Both routes read the artifact npm run build:index wrote; here, the one the test setup built.
vi.mock('@/lib/search/artifact-fs', async (original) => {
  const real = await original<typeof import('@/lib/search/artifact-fs')>();
  const file = inject('searchArtifacts')[(await import('../../search/helpers')).CORPUS_DIR];
  return { ...real, ARTIFACT_PATH: file, getSearchIndex: () => real.getSearchIndex(file) };
});

const { GET: apiSearch } = await import('@/app/api/search/route.server');
const { GET: artifactRoute } = await import('@/app/search-index.json/route');
const { searchInBrowser, BOX_LIMIT } = await import('@/app/components/search/use-live-search');
const browserLib = await import('@/lib/search/browser');

async function serverAnswer(q: string, limit?: number) {
  const url = new URL('http://localhost/api/search');
  url.searchParams.set('q', q);
  if (limit) url.searchParams.set('limit', String(limit));
  const res = await apiSearch(new NextRequest(url));
  expect(res.status).toBe(200);
  return res.json();
}

describe('search in the browser', async () => {
  const served = artifactRoute();
  const body = await served.text();
  const browser = {
    index: browserLib.loadArtifact(JSON.parse(body)),
    search: browserLib.search,
    parseSearchParams: browserLib.parseSearchParams,
  };

  it('loads the very artifact the build wrote, served as JSON', () => {
    expect(served.headers.get('content-type')).toMatch(/^application\/json/);
    expect(body).toBe(fs.readFileSync(artifactFile, 'utf8'));
  });

  it.each(queries.map((q) => q.q))('answers %s as GET /api/search does, in the box and in full', async (q) => {
    expect(JSON.parse(JSON.stringify(searchInBrowser(browser, q)))).toEqual(await serverAnswer(q, BOX_LIMIT));
    const full = browser.search(browser.index, q, { limit: 500 });
    expect(JSON.parse(JSON.stringify(full))).toEqual(await serverAnswer(q, 500));
  });
});
