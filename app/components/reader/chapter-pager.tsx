import Link from 'next/link';
import type { NavLink } from '@/lib/content/chapter-nav';

/** Previous/next part at the end of a chapter; rel=prev/next is also what the `[` `]` keys follow. */
export function ChapterPager({ prev, next }: { prev: NavLink | null; next: NavLink | null }) {
  return (
    <nav aria-label="上一章与下一章" className="chapter-pager">
      {prev ? (
        <Link href={`/chapters/${prev.slug}`} rel="prev" className="pager-prev">
          <span className="pager-dir">
            上一章 <kbd>[</kbd>
          </span>
          {prev.heading}
        </Link>
      ) : (
        <span />
      )}
      {next ? (
        <Link href={`/chapters/${next.slug}`} rel="next" className="pager-next">
          <span className="pager-dir">
            下一章 <kbd>]</kbd>
          </span>
          {next.heading}
        </Link>
      ) : null}
    </nav>
  );
}
