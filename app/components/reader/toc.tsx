import type { TocEntry } from '@/lib/markdown/render';
import { toFullWidth } from '@/lib/markdown/rehype-num-marks';
import { isListed, type ReaderTocEntry } from './toc-with-boxes';

const NOTICE = { inferred: '小数点位置系推断，原文数字为', unsettled: '小数点位置未定，原文数字为' } as const;

export function EntryText({ entry }: { entry: TocEntry }) {
  return (
    <>
      {entry.segments.map((s, i) =>
        s.status ? (
          // Marked here too: a reading the text does not prove is never shown as plain fact.
          <abbr key={i} className="num-mark" data-status={s.status} title={`${NOTICE[s.status]} ${toFullWidth(s.raw ?? '')}`}>
            {s.text}
          </abbr>
        ) : (
          <span key={i}>{s.text}</span>
        ),
      )}
    </>
  );
}

/** The chapter's sections (levels 2–3) and boxes. Links carry data-toc so the scroll-spy can mark the current one. */
export function TocList({ entries }: { entries: readonly ReaderTocEntry[] }) {
  return (
    <ol className="toc-list">
      {entries.filter(isListed).map((e) => (
        <li key={e.id} className={e.box ? 'toc-box' : `toc-l${e.level}`}>
          <a href={`#${e.id}`} data-toc={e.id}>
            <EntryText entry={e} />
          </a>
        </li>
      ))}
    </ol>
  );
}
