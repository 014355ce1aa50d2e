import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkDirective from 'remark-directive';
import remarkRehype from 'remark-rehype';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import { remarkReportDirectives } from './remark-report-directives';
import { remarkHtmlAsText } from './remark-html-as-text';
import { rehypeSectionIds, type TocEntry } from './rehype-section-ids';
import { rehypeReportBlocks } from './rehype-report-blocks';
import { rehypeTableLayout } from './rehype-table-layout';
import { rehypeParagraphIds } from './rehype-paragraph-ids';
import { rehypeFigureCitations } from './rehype-figure-citations';
import { rehypeReportCharts } from './rehype-report-charts';
import { rehypeCrossRefs } from './rehype-cross-refs';
import { rehypeNumMarks } from './rehype-num-marks';
import { rehypeFootnotes } from './rehype-footnotes';
import { rehypeBareUrls, type ReconstructedUrl } from './rehype-bare-urls';
import { rehypeCiteButtons } from './rehype-cite-buttons';
import { reportSchema } from './sanitize-schema';

export type { TocEntry };

export interface RenderOptions {
  slug: string;
  /** All figure/table/box ids of the report, so cross-references never link to nothing. */
  knownIds?: ReadonlySet<string>;
  /** How each number was decided (outline.json), shown on hover. */
  numberReasons?: ReadonlyMap<string, string>;
  /**
   * How much of the reasoning the numbers' titles carry (number-title.ts): `short` on chapter pages, which
   * load the rest from their reasons file; `full` where nothing loads it (the figure gallery).
   */
  numberTitles?: 'full' | 'short';
  /** Confirmed readings' basis (outline.json `numbers[].basis`): a cited source or an argument. */
  numberBases?: ReadonlyMap<string, 'source' | 'argument'>;
  /** Addresses whose dots were restored, with the source's text (outline.json `urls`). */
  reconstructedUrls?: ReadonlyMap<string, ReconstructedUrl>;
}

export interface RenderedChapter {
  html: string;
  toc: TocEntry[];
}

/**
 * Chapter Markdown → sanitized hast. Order matters: ids before paragraph numbering (paragraphs are
 * numbered within the heading ids), blocks before cross-references (captions must not link to
 * themselves), charts before number marks (they read the marks' raw digits), and sanitizing last so that
 * it sees everything every plugin produced.
 */
export function reportProcessor(options: RenderOptions) {
  return unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkDirective)
    .use(remarkReportDirectives)
    .use(remarkHtmlAsText)
    .use(remarkRehype, {
      clobberPrefix: '',
      footnoteLabel: '注释',
      footnoteLabelProperties: { className: ['footnotes-title'] },
      footnoteBackLabel: (i: number, k: number) => `返回正文中注释 ${i + 1} 的${k > 1 ? `第 ${k} 处` : ''}引用`,
    })
    .use(rehypeSectionIds, { slug: options.slug })
    .use(rehypeReportBlocks)
    .use(rehypeTableLayout)
    .use(rehypeParagraphIds)
    .use(rehypeFigureCitations)
    .use(rehypeReportCharts)
    .use(rehypeCrossRefs, { slug: options.slug, knownIds: options.knownIds })
    .use(rehypeCiteButtons)
    .use(rehypeNumMarks, { reasons: options.numberReasons, bases: options.numberBases, titles: options.numberTitles })
    .use(rehypeFootnotes)
    .use(rehypeBareUrls, { reconstructed: options.reconstructedUrls })
    .use(rehypeSanitize, reportSchema);
}

/** Chapter Markdown → sanitized HTML and the chapter's table of contents. */
export function renderChapter(markdown: string, options: RenderOptions): RenderedChapter {
  const processor = reportProcessor(options).use(rehypeStringify);
  const file = processor.processSync(markdown);
  return { html: String(file), toc: (file.data.toc as TocEntry[] | undefined) ?? [] };
}
