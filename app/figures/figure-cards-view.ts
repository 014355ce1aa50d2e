import { findChapter } from '@/lib/content/chapters-fs';
import { blockIds, type OutlinePart, partHeading } from '@/lib/content/outline';
import { loadOutline } from '@/lib/content/outline-fs';
import { type FigureCard, renderFigureCards } from '@/lib/markdown/figure-cards';

export interface FigureChapter {
  slug: string;
  /** `第1章 …`. */
  heading: string;
  /** `第1章`: the filter's short label. */
  short: string;
  cards: FigureCard[];
}

let cache: FigureChapter[] | null = null;

function shortLabel(part: OutlinePart): string {
  return partHeading(part).split(' ')[0];
}

/** The figure cards of every part that has figures, in reading order, rendered as the chapters render them. */
export function loadFigureChapters(): FigureChapter[] {
  if (cache) return cache;
  const outline = loadOutline();
  const knownIds = blockIds(outline);
  cache = outline.parts
    .filter((p) => p.figures.length > 0)
    .map((part) => {
      const doc = findChapter(part.slug);
      if (!doc)
        throw new Error(
          `outline.json lists figures in part ${part.slug}, but content/chapters has no such chapter. Run \`npm run content\`.`,
        );
      const numberReasons = new Map(part.numbers.filter((n) => n.reason).map((n) => [n.id, n.reason!]));
      const numberBases = new Map(part.numbers.filter((n) => n.basis).map((n) => [n.id, n.basis!]));
      return {
        slug: part.slug,
        heading: partHeading(part),
        short: shortLabel(part),
        cards: renderFigureCards(doc.body, { slug: part.slug, knownIds, numberReasons, numberBases, numberTitles: 'full' }),
      };
    });
  return cache;
}
