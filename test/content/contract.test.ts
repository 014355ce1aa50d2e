/**
 * The content contract end to end, on the committed content of all 13 parts: the ids outline.json lists
 * are the ids the reader renders are the anchors search links to. Each side computes its ids its own
 * way from its own input (the clean blocks, the rendered HTML, the Markdown AST), so this fails the day
 * one of them stops calling the shared walk of lib/content/anchors.ts.
 */
import { describe, expect, it } from 'vitest';
import { loadChapters } from '@/lib/content/chapters-fs';
import { loadOutline } from '@/lib/content/outline-fs';
import { blockIds } from '@/lib/content/outline';
import { UNATTACHED_NOTES_ANCHOR, partAnchor } from '@/lib/content/anchors';
import { renderChapter } from '@/lib/markdown/render';
import { docsFromDir } from '@/lib/search/build-fs';
import { CHAPTERS_DIR } from '@/lib/content/chapters-fs';

const outline = loadOutline();
const chapters = loadChapters();
const searchDocs = docsFromDir(CHAPTERS_DIR, chapters);
const knownIds = blockIds(outline);

function renderedIds(slug: string): string[] {
  const chapter = chapters.find((c) => c.meta.slug === slug)!;
  const { html } = renderChapter(chapter.body, { slug, knownIds });
  return [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
}

const PARAGRAPH = /-p\d+$/;

describe('one set of ids for the outline, the reader and search', () => {
  it('covers all 13 parts', () => {
    expect(outline.parts.map((p) => p.slug)).toEqual(chapters.map((c) => c.meta.slug));
    expect(outline.parts).toHaveLength(13);
  });

  for (const part of outline.parts) {
    describe(`part ${part.slug}`, () => {
      const rendered = renderedIds(part.slug);
      const renderedSet = new Set(rendered);
      const docs = searchDocs.filter((d) => d.chapter === part.slug);

      it('renders no id twice', () => {
        expect(rendered.length).toBe(renderedSet.size);
      });

      it('renders exactly the outline’s section ids as heading ids', () => {
        const headingIds = rendered.filter((id) => id.startsWith('sec-') && !PARAGRAPH.test(id) && id !== partAnchor(part.slug));
        expect(headingIds).toEqual(part.sections.map((s) => s.id));
      });

      it('renders exactly the outline’s figure, table and box ids', () => {
        // Captions get `<id>-caption` for aria-labelledby; the block itself carries the outline's id.
        const blocks = rendered.filter((id) => /^(fig|tbl|box)-[0-9a-z]+-\d+$/.test(id));
        expect(blocks.sort()).toEqual([...part.figures, ...part.tables, ...part.boxes].map((b) => b.id).sort());
      });

      it('renders exactly the outline’s footnote ids', () => {
        expect(rendered.filter((id) => /^fn-\d+$/.test(id))).toEqual(part.footnotes.map((f) => f.id));
      });

      it('gives search one unit per outline section, block and footnote, each under the outline’s id', () => {
        const anchorsOf = (kinds: string[]) => docs.filter((d) => kinds.includes(d.kind)).map((d) => d.anchor);
        const numbered = docs.filter((d) => (d.kind === 'section' || d.kind === 'item') && d.number !== '').map((d) => d.anchor);
        expect(numbered).toEqual(part.sections.map((s) => s.id));
        expect(anchorsOf(['figure', 'table', 'box']).sort()).toEqual(
          [...part.figures, ...part.tables, ...part.boxes].map((b) => b.id).sort(),
        );
        expect(anchorsOf(['footnote']).filter((a) => a !== UNATTACHED_NOTES_ANCHOR)).toEqual(part.footnotes.map((f) => f.id));
      });

      it('links every search unit to an element the reader renders (or the page’s own notes list)', () => {
        const pageIds = new Set([...renderedSet, ...(part.unattachedNotes.length ? [UNATTACHED_NOTES_ANCHOR] : [])]);
        const dangling = docs.map((d) => d.anchor).filter((a) => !pageIds.has(a));
        expect(dangling).toEqual([]);
      });

      it('places every number of the outline in a section the reader renders', () => {
        const sections = new Set([...renderedSet, partAnchor(part.slug)]);
        const misplaced = part.numbers.filter((n) => n.section !== null && !sections.has(n.section)).map((n) => n.id);
        expect(misplaced).toEqual([]);
      });
    });
  }
});
