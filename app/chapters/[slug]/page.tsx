import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { loadChapter } from './chapter-view';
import { REPORT_TITLE } from '@/lib/content/parts';
import { EntryText } from '@/app/components/reader/toc';
import { ReportNav } from '@/app/components/reader/report-nav';
import { ChapterPager } from '@/app/components/reader/chapter-pager';
import { UnattachedNotes } from '@/app/components/reader/unattached-notes';
import { ReaderEnhancements } from '@/app/components/reader/reader-enhancements';
import { loadOutline } from '@/lib/content/outline-fs';
import { partHeading } from '@/lib/content/outline';
import { NumLegend } from '@/app/components/reader/num-legend';
import { LawTableFilter } from '@/app/components/data/law-filter.client';
import { ChapterArticle } from '@/app/components/reader/chapter-article.client';
import { ARTICLE_PROP } from '@/lib/prerender/article-prop';
import '@/app/styles/data.css';

export const dynamicParams = false;

type Props = { params: Promise<{ slug: string }> };

export function generateStaticParams() {
  return loadOutline().parts.map((p) => ({ slug: p.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const chapter = loadChapter((await params).slug);
  if (!chapter) return {};
  return {
    title: chapter.heading,
    description: chapter.description,
    alternates: { canonical: `/chapters/${chapter.slug}` },
    openGraph: {
      type: 'article',
      title: `${chapter.heading} · ${REPORT_TITLE}`,
      description: chapter.description,
      url: `/chapters/${chapter.slug}`,
    },
  };
}

export default async function ChapterPage({ params }: Props) {
  const chapter = loadChapter((await params).slug);
  if (!chapter) notFound();
  const current = chapter.toc.find((e) => e.level === 2);
  // Appendix A is a table of 119 laws: its column widens beside the sidebar instead of holding ~40 characters.
  const lawTable = chapter.html.includes('id="tbl-a-1-filter"');
  const parts = loadOutline().parts.map((p) => ({ slug: p.slug, heading: partHeading(p) }));
  const reportNav = <ReportNav parts={parts} current={chapter.slug} toc={chapter.toc} />;
  return (
    <div className={lawTable ? 'chapter-layout wide-main' : 'chapter-layout'}>
      <nav aria-label="报告目录" className="toc-sidebar">
        <p className="toc-heading">报告目录</p>
        {reportNav}
      </nav>
      <div className="chapter-main">
        <details className="toc-mobile" data-dismissable>
          <summary>
            <span className="font-semibold">目录</span>
            {/* A part without numbered sections (the preface, appendix A) names itself until a section is current. */}
            <span className="toc-current" data-toc-current>
              {current ? <EntryText entry={current} /> : chapter.heading}
            </span>
          </summary>
          <nav aria-label="报告目录（展开）">{reportNav}</nav>
        </details>
        <ReaderEnhancements slug={chapter.slug} chapterHeading={chapter.heading} />
        {chapter.html.includes('class="num-mark"') ? <NumLegend /> : null}
        {lawTable ? <LawTableFilter tableId="tbl-a-1" /> : null}
        {/* The find bar searches everything the chapter shows: its text and the notes that lost their place. */}
        <div id="chapter-text">
          <ChapterArticle slug={chapter.slug} numberReasonsHref={chapter.numberReasonsHref} {...{ [ARTICLE_PROP]: chapter.html }} />
          <UnattachedNotes notes={chapter.unattachedNotes} />
        </div>
        <ChapterPager prev={chapter.prev} next={chapter.next} />
      </div>
    </div>
  );
}
