import { findChapter } from '@/lib/content/chapters-fs';
import { loadOutline } from '@/lib/content/outline-fs';
import { blockIds, partHeading, type OutlineNote } from '@/lib/content/outline';
import { UNATTACHED_NOTES_ANCHOR, UNATTACHED_NOTES_TITLE } from '@/lib/content/anchors';
import { neighbours, type NavLink } from '@/lib/content/chapter-nav';
import { renderChapter, type TocEntry } from '@/lib/markdown/render';
import { sitePath } from '@/lib/markdown/site-path';
import { numberReasons, numberReasonsPath } from '@/lib/data/number-reasons';
import { tocWithBoxes, type ReaderTocEntry } from '@/app/components/reader/toc-with-boxes';

export interface ChapterView {
  slug: string;
  heading: string;
  description: string;
  html: string;
  /** Where the numbers' full titles are (lib/data/number-reasons.ts), with the site's sub-path; absent when none say more. */
  numberReasonsHref?: string;
  toc: ReaderTocEntry[];
  unattachedNotes: OutlineNote[];
  prev: NavLink | null;
  next: NavLink | null;
}

const cache = new Map<string, ChapterView>();

/** Everything a chapter page shows, for one slug; undefined for a slug the report does not have. */
export function loadChapter(slug: string): ChapterView | undefined {
  if (cache.has(slug)) return cache.get(slug);
  const outline = loadOutline();
  const part = outline.parts.find((p) => p.slug === slug);
  const doc = findChapter(slug);
  if (!part || !doc) return undefined;
  const reasons = new Map(part.numbers.filter((n) => n.reason).map((n) => [n.id, n.reason!]));
  const numberBases = new Map(part.numbers.filter((n) => n.basis).map((n) => [n.id, n.basis!]));
  const reconstructedUrls = new Map(part.urls.filter((u) => u.reconstructed).map((u) => [u.url, { raw: u.raw, ambiguous: u.ambiguous }]));
  const { html, toc } = renderChapter(doc.body, {
    slug,
    knownIds: blockIds(outline),
    numberReasons: reasons,
    numberBases,
    reconstructedUrls,
  });
  const heading = partHeading(part);
  // The notes at the end are a place readers go to as well: list them after the sections.
  const endMatter = (id: string, text: string): TocEntry => ({ id, level: 2, text, segments: [{ text }] });
  if (html.includes('id="footnote-label"')) toc.push(endMatter('footnote-label', '注释'));
  if (part.unattachedNotes.length > 0) toc.push(endMatter(UNATTACHED_NOTES_ANCHOR, UNATTACHED_NOTES_TITLE));
  const sections = part.sections.filter((s) => s.level === 2).map((s) => s.title);
  const view: ChapterView = {
    slug,
    heading,
    description: sections.length ? `《${outline.title}》${heading}：${sections.join('、')}。` : `《${outline.title}》${heading}。`,
    html,
    ...(numberReasons(part) ? { numberReasonsHref: sitePath(numberReasonsPath(slug)) } : {}),
    // The boxes (专栏) are places readers go to and cite: the TOC lists them where they stand.
    toc: tocWithBoxes(toc, part.boxes, html),
    unattachedNotes: part.unattachedNotes,
    ...neighbours(outline.parts, slug),
  };
  cache.set(slug, view);
  return view;
}
