import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';

/** Reads the committed outline (content:check keeps it equal to what the pipeline produces). */
const outline = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'content', 'outline.json'), 'utf8')) as {
  parts: { slug: string; unattachedNotes: { text: string; line: number }[] }[];
};

it('the unattached-notes list holds notes, never a bare fragment without a word of text (a URL tail, a hash)', () => {
  const fragments = outline.parts.flatMap((p) =>
    p.unattachedNotes.filter((n) => !/[\u4e00-\u9fff]/.test(n.text)).map((n) => `${p.slug}:${n.line} ${n.text}`),
  );
  expect(fragments).toEqual([]);
});
