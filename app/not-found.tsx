import type { Metadata } from 'next';
import Link from 'next/link';

// The tab and history say the page is missing, not just the report's name.
export const metadata: Metadata = { title: '页面不存在（404）' };

export default function NotFound() {
  return (
    <div className="page-narrow py-16">
      <p className="text-sm text-[var(--fg-muted)]">404</p>
      <h1 className="mt-2 text-2xl font-bold">页面不存在</h1>
      <p className="mt-4 leading-relaxed">您要找的页面不在本报告中。可以从目录进入各章，或搜索全文。</p>
      <p className="mt-6 flex gap-3">
        <Link href="/" className="icon-button">
          返回目录
        </Link>
        <Link href="/search" className="icon-button">
          全文搜索
        </Link>
      </p>
    </div>
  );
}
