import { describe, expect, it } from 'vitest';
import { isListed, tocWithBoxes } from '@/app/components/reader/toc-with-boxes';
import { loadChapter } from '@/app/chapters/[slug]/chapter-view';
import { loadOutline } from '@/lib/content/outline-fs';

const entry = (id: string, level: number, text: string) => ({ id, level, text, segments: [{ text }] });

describe('the TOC lists the boxes (专栏) where they stand in the text', () => {
  it('puts a box after the section it stands in and before the next one', () => {
    const html = '<h3 id="sec-5-1-3">5.1.3</h3><p>…</p><aside id="box-5-1"></aside><h3 id="sec-5-1-4">5.1.4</h3>';
    const toc = [entry('sec-5-1-3', 3, '5.1.3 成效显著'), entry('sec-5-1-4', 3, '5.1.4 x')];
    const result = tocWithBoxes(toc, [{ id: 'box-5-1', number: '专栏5-1', caption: '第四届双品网购节暨非洲好物网购节' }], html);
    expect(result.map((e) => e.id)).toEqual(['sec-5-1-3', 'box-5-1', 'sec-5-1-4']);
    expect(result[1]).toMatchObject({ level: 4, box: true, text: '专栏5-1 第四届双品网购节暨非洲好物网购节' });
  });

  it('keeps end matter that is not in the text (the notes that lost their place) last, and leaves out a box the text lacks', () => {
    const html = '<h2 id="sec-5-1"></h2><aside id="box-5-1"></aside>';
    const toc = [entry('sec-5-1', 2, '5.1'), entry('unattached-notes', 2, '位置不明的注释')];
    const boxes = [
      { id: 'box-5-1', number: '专栏5-1', caption: 'a' },
      { id: 'box-9-9', number: '专栏9-9', caption: 'not in this text' },
    ];
    expect(tocWithBoxes(toc, boxes, html).map((e) => e.id)).toEqual(['sec-5-1', 'box-5-1', 'unattached-notes']);
  });

  it('gives chapter 5 all four of its boxes, each after the section the outline files it under', () => {
    const chapter = loadChapter('5')!;
    const boxes = loadOutline().parts.find((p) => p.slug === '5')!.boxes;
    expect(boxes).toHaveLength(4);
    const ids = chapter.toc.map((e) => e.id);
    for (const box of boxes) {
      const at = ids.indexOf(box.id);
      expect(at, box.id).toBeGreaterThan(ids.indexOf(box.section!));
      expect(chapter.toc[at].text).toBe(`${box.number} ${box.caption}`);
    }
    // Document order: every TOC anchor that is in the text comes later in it than the one before.
    // Listed: the sections and the four boxes, not the numbered items that share the boxes' level.
    const listed = chapter.toc.filter(isListed);
    expect(listed.filter((e) => e.level === 4).map((e) => e.id)).toEqual(boxes.map((b) => b.id));
    const positions = ids.map((id) => chapter.html.indexOf(`id="${id}"`)).filter((i) => i >= 0);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });
});
