import Link from 'next/link';
import type { ReaderTocEntry } from './toc-with-boxes';
import { TocList } from './toc';

export interface PartLink {
  slug: string;
  heading: string;
}

/**
 * The whole report as a list of its 13 parts, the one being read open on its sections and boxes (as
 * Starlight's and Material's sidebars do). The desktop sidebar and the phone's TOC panel both show it.
 * Other parts are links that are not prefetched: thirteen chapters' payloads on every page load would
 * cost more than the page itself.
 */
export function ReportNav({ parts, current, toc }: { parts: readonly PartLink[]; current: string; toc: readonly ReaderTocEntry[] }) {
  return (
    <ol className="report-parts">
      {parts.map((p) =>
        p.slug === current ? (
          <li key={p.slug} className="report-part report-part-current">
            {/* A Link, not <a>: Next prefixes the site's sub-path (BASE_PATH) only on its own links. */}
            <Link href={`/chapters/${p.slug}`} prefetch={false} aria-current="page" className="report-part-link">
              {p.heading}
            </Link>
            <TocList entries={toc} />
          </li>
        ) : (
          <li key={p.slug} className="report-part">
            <Link href={`/chapters/${p.slug}`} prefetch={false} className="report-part-link">
              {p.heading}
            </Link>
          </li>
        ),
      )}
    </ol>
  );
}
