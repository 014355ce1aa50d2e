import { FindBar } from './find-bar.client';
import { ScrollSpy } from './scroll-spy.client';
import { ChapterKeys } from './chapter-keys.client';
import { CopyLinks } from './copy-links.client';
import { FootnotePreview } from './footnote-preview.client';
import { CleanCopyHandler } from './clean-copy.client';

/** The chapter page's client islands: each only enhances HTML that already works without JavaScript. */
export function ReaderEnhancements({ chapterHeading }: { chapterHeading: string }) {
  return (
    <>
      <FindBar />
      <ScrollSpy />
      <ChapterKeys />
      <CopyLinks chapterHeading={chapterHeading} />
      <FootnotePreview />
      <CleanCopyHandler />
    </>
  );
}
