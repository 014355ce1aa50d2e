import type { TocEntry } from '@/lib/markdown/render';

/** The chapter's sections (levels 2–3). Links carry data-toc so the scroll-spy can mark the current one. */
export function TocList({ entries }: { entries: TocEntry[] }) {
  return (
    <ol className="toc-list">
      {entries.filter((e) => e.level === 2 || e.level === 3).map((e) => (
        <li key={e.id} className={`toc-l${e.level}`}>
          <a href={`#${e.id}`} data-toc={e.id}>{e.text}</a>
        </li>
      ))}
    </ol>
  );
}
