import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanExcerpt } from '@/lib/clean';
import { REPORT_PARTS } from '@/lib/content/parts';

/**
 * Each folder under test/fixtures/clean/ is one behaviour: input.txt cut from the real source (with
 * its blank lines, page numbers and footnote blocks), part.txt naming the part it comes from, and
 * expected.md, the Markdown the pipeline must produce. UPDATE=1 rewrites expected.md; review the diff.
 */
const root = path.join(__dirname, '..', 'fixtures', 'clean');
const cases = fs.readdirSync(root).filter((d) => fs.statSync(path.join(root, d)).isDirectory());

describe('cleaning real excerpts of the report', () => {
  it('has fixtures', () => expect(cases.length).toBeGreaterThanOrEqual(8));
  for (const name of cases) {
    it(name.replace(/-/g, ' '), () => {
      const dir = path.join(root, name);
      const slug = fs.readFileSync(path.join(dir, 'part.txt'), 'utf8').trim();
      const spec = REPORT_PARTS.find((p) => p.slug === slug)!;
      const actual = cleanExcerpt(fs.readFileSync(path.join(dir, 'input.txt'), 'utf8'), spec);
      const expectedFile = path.join(dir, 'expected.md');
      if (process.env.UPDATE === '1') fs.writeFileSync(expectedFile, actual);
      expect(actual).toBe(fs.readFileSync(expectedFile, 'utf8'));
    });
  }
});
