import { CLASSES, classOf, type NumberClass } from '../numbers/summary';
import type { Outline } from '../content/format';

/** The per-part table the build prints: what the pipeline found, so a regression shows as a number. */
export function formatBuildReport(outline: Outline, paragraphsOf: (slug: string) => number): string {
  const header = ['part', 'H2', 'H3', 'H4', 'paras', 'fn linked', 'fn lost', 'unattached', 'figs', 'tables', 'boxes', ...CLASSES.map((c) => `num ${c}`)];
  const rows = outline.parts.map((p) => {
    const level = (l: number) => p.sections.filter((s) => s.level === l).length;
    const numbers = (c: NumberClass) => p.numbers.filter((n) => classOf(n) === c).length;
    return [
      p.slug, level(2), level(3), level(4), paragraphsOf(p.slug),
      p.footnotes.filter((f) => f.status === 'linked').length, p.footnotes.filter((f) => f.status === 'body-lost').length,
      p.unattachedNotes.length, p.figures.length, p.tables.length, p.boxes.length,
      ...CLASSES.map(numbers),
    ].map(String);
  });
  const totals = header.map((_, c) => (c === 0 ? 'total' : String(rows.reduce((sum, r) => sum + Number(r[c]), 0))));
  const all = [header, ...rows, totals];
  const widths = header.map((_, c) => Math.max(...all.map((r) => r[c].length)));
  return all.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ')).join('\n');
}
