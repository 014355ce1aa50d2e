import { describe, expect, it } from 'vitest';
import { search } from '@/lib/search/search';
import { CORPUS_DIR, indexFor, keyOf } from './helpers';

const { index } = indexFor(CORPUS_DIR);

// A title may contain a `"`, which would open a phrase: search the title as one quoted phrase then.
const asQuery = (title: string) => (title.includes('"') ? `"${title.replace(/"/g, ' ')}"` : title);

describe('every heading and every caption is found by its own title', () => {
  const titled = index.docs.filter((d) => d.kind !== 'footnote' && d.title.trim());

  it('has headings, figures and tables to check', () => {
    const kinds = new Set(titled.map((d) => d.kind));
    for (const kind of ['section', 'figure', 'table']) expect(kinds).toContain(kind);
  });

  it('finds each heading and caption by its title, among the top results', () => {
    const lost: string[] = [];
    for (const doc of titled) {
      const results = search(index, asQuery(doc.title)).results;
      const rank = results.findIndex((r) => keyOf(r) === keyOf(doc));
      // Ahead of every unit that only mentions the title in its body.
      const firstBodyOnly = results.findIndex((r) => !r.title.includes(doc.title) && !`${r.number} ${r.title}`.includes(doc.title));
      if (rank === -1 || (firstBodyOnly !== -1 && rank > firstBodyOnly)) lost.push(`${doc.number} ${doc.title} (rank ${rank})`);
    }
    expect(lost).toEqual([]);
  });

  it('finds each figure, table and box by its full caption line, first', () => {
    for (const doc of titled.filter((d) => ['figure', 'table', 'box'].includes(d.kind))) {
      expect(keyOf(search(index, asQuery(doc.heading)).results[0]), doc.heading).toBe(keyOf(doc));
    }
  });
});
