import { SEARCH_PARAM } from './search-param';

/** The header search box. Without JavaScript it is a plain GET form to the server-rendered /search page. */
export function SearchBox() {
  return (
    <form action="/search" method="get" role="search" className="flex items-center gap-2">
      <label htmlFor="site-search" className="sr-only">搜索报告全文</label>
      <input
        id="site-search"
        name={SEARCH_PARAM}
        type="search"
        placeholder="搜索全文"
        className="w-40 rounded border border-zinc-300 bg-transparent px-2 py-1 text-sm sm:w-64"
      />
    </form>
  );
}
