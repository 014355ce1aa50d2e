import type { Metadata } from 'next';
import { StaticSearch } from './static-search.client';

export const metadata: Metadata = { title: '搜索', robots: { index: false } };

/**
 * /search in the static export (next.config.js pageExtensions picks this file there): there is no server
 * to read `?q=`, so the page searches in the browser with the same model and markup as page.server.tsx.
 */
export default function SearchPage() {
  return (
    <div>
      <h1 className="text-2xl font-bold">搜索全文</h1>
      <StaticSearch />
    </div>
  );
}
