import { SearchBoxIsland } from './search-box.client';

/**
 * The header search box. Its server-rendered HTML is a plain GET form to /search (works without
 * JavaScript); once hydrated it shows results as you type.
 */
export function SearchBox() {
  return <SearchBoxIsland />;
}
