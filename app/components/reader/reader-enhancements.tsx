import { FindBar } from './find-bar.client';
import { ScrollSpy } from './scroll-spy.client';
import { ChapterKeys } from './chapter-keys.client';
import { CopyLinks } from './copy-links.client';
import { FootnotePreview } from './footnote-preview.client';
import { CleanCopyHandler } from './clean-copy.client';
import { ReadingPosition } from './reading-position.client';
import { CitationLauncher } from './citation-launcher.client';
import { ReadingProgress } from './reading-progress.client';
import { CollapsingBars } from './collapsing-bars.client';
import { NumberTooltip } from './number-tooltip.client';

/** The chapter page's client islands: each only enhances HTML that already works without JavaScript. */
export function ReaderEnhancements({ slug, chapterHeading }: { slug: string; chapterHeading: string }) {
  return (
    <>
      <FindBar />
      <ReadingProgress />
      <CollapsingBars />
      <ScrollSpy />
      <ChapterKeys />
      <CopyLinks />
      <CitationLauncher part={chapterHeading.split(' ')[0]} />
      <FootnotePreview />
      <NumberTooltip />
      <CleanCopyHandler />
      {/* 第7章 from 第7章 电子商务规范发展报告; 前言 stays 前言. */}
      <ReadingPosition slug={slug} part={chapterHeading.split(' ')[0]} />
    </>
  );
}
