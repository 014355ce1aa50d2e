import { describe, expect, it } from 'vitest';
import { renderFigureCards } from '@/lib/markdown/figure-cards';
import { fixture } from './render-fixture';

describe('figure cards outside their chapter (/figures)', () => {
  const cards = renderFigureCards(fixture('chapter-1-table-and-regions.md'), { slug: '1' });

  it('returns every figure of the chapter, in order, and no table', () => {
    expect(cards.map((c) => c.id)).toEqual(['fig-1-4', 'fig-1-5']);
  });

  it('keeps the card’s citations and chart, with links that lead back into the chapter', () => {
    const card = cards[0].html;
    expect(card).toContain('id="chart-fig-1-4"');
    expect(card).toMatch(/<a href="\/chapters\/1#sec-1-1-2-p\d+" class="figure-citation">/);
    expect(card).toContain('href="/chapters/1#fig-1-4"');
    expect(card).not.toMatch(/href="#/);
    // No 引用 button without the chapter's citation dialog.
    expect(card).not.toContain('cite-button');
  });
});
