import type { Metadata } from 'next';
import { getSearchIndex } from '@/lib/search/artifact-fs';
import { search } from '@/lib/search/search';
import { searchPageModel } from './search-page-model';
import { SearchForm, SearchPageResults } from './search-page-view';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? '';

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const q = first((await searchParams).q).trim();
  // Result pages are many and thin: shareable, but not for search engines.
  return { title: q ? `搜索：${q.slice(0, 30)}` : '搜索', robots: { index: false } };
}

/**
 * /search?q=… rendered on the server (`npm start`): the shareable URL of a search, and the search
 * without JavaScript. The static export has page.static.tsx instead (next.config.js pageExtensions).
 */
export default async function SearchPage({ searchParams }: Props) {
  const params = await searchParams;
  const model = searchPageModel(getSearchIndex(), search, {
    q: first(params.q),
    chapter: first(params.chapter),
    page: first(params.page),
  });
  return (
    <div>
      <h1 className="text-2xl font-bold">搜索全文</h1>
      <SearchForm query={model.response.query} />
      <SearchPageResults model={model} />
    </div>
  );
}
