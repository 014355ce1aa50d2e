import Link from 'next/link';

/** Page links for /search: plain links (no JavaScript), the other parameters kept. */
export function Pager({ page, pages, hrefFor }: { page: number; pages: number; hrefFor: (page: number) => string }) {
  if (pages <= 1) return null;
  const around = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, pages])]
    .filter((p) => p >= 1 && p <= pages)
    .sort((a, b) => a - b);
  return (
    <nav aria-label="结果分页" className="mt-6 flex flex-wrap items-center gap-2 text-sm" data-pager>
      {page > 1 ? (
        <Link
          href={hrefFor(page - 1)}
          rel="prev"
          className="rounded border border-[var(--border)] px-3 py-2 text-[var(--link)]"
          data-page-prev
        >
          上一页
        </Link>
      ) : null}
      {around.map((p, i) => (
        <span key={p} className="contents">
          {i > 0 && p - around[i - 1] > 1 ? <span aria-hidden>…</span> : null}
          {p === page ? (
            <span aria-current="page" className="min-w-9 rounded border border-[var(--fg)] px-3 py-2 text-center font-semibold">
              {p}
            </span>
          ) : (
            <Link href={hrefFor(p)} className="min-w-9 rounded border border-[var(--border)] px-3 py-2 text-center text-[var(--link)]">
              {p}
            </Link>
          )}
        </span>
      ))}
      {page < pages ? (
        <Link
          href={hrefFor(page + 1)}
          rel="next"
          className="rounded border border-[var(--border)] px-3 py-2 text-[var(--link)]"
          data-page-next
        >
          下一页
        </Link>
      ) : null}
    </nav>
  );
}
