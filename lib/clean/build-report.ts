import { CLASSES, classOf, type NumberClass } from '../numbers/summary';
import type { Outline } from '../content/format';
import type { CleanPart } from './clean-part';
import { PARAGRAPH_RULES, type ParagraphRule } from './join-lines';

/** The per-part table the build prints: what the pipeline found, so a regression shows as a number. */
export function formatBuildReport(outline: Outline, paragraphsOf: (slug: string) => number): string {
  const header = [
    'part',
    'H2',
    'H3',
    'H4',
    'paras',
    'fn linked',
    'fn lost',
    'unattached',
    'figs',
    'tables',
    'boxes',
    ...CLASSES.map((c) => `num ${c}`),
  ];
  const rows = outline.parts.map((p) => {
    const level = (l: number) => p.sections.filter((s) => s.level === l).length;
    const numbers = (c: NumberClass) => p.numbers.filter((n) => classOf(n) === c).length;
    return [
      p.slug,
      level(2),
      level(3),
      level(4),
      paragraphsOf(p.slug),
      p.footnotes.filter((f) => f.status === 'linked').length,
      p.footnotes.filter((f) => f.status === 'body-lost').length,
      p.unattachedNotes.length,
      p.figures.length,
      p.tables.length,
      p.boxes.length,
      ...CLASSES.map(numbers),
    ].map(String);
  });
  const totals = header.map((_, c) => (c === 0 ? 'total' : String(rows.reduce((sum, r) => sum + Number(r[c]), 0))));
  const all = [header, ...rows, totals];
  const widths = header.map((_, c) => Math.max(...all.map((r) => r[c].length)));
  return all.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ')).join('\n');
}

/**
 * How many line-to-line decisions each paragraph rule made (summed over the parts), and how many of the
 * geometric ones fell within a fraction of a column of the threshold: where a reviewer should look first.
 */
export function formatParagraphReport(parts: readonly CleanPart[]): string {
  const total = (rule: ParagraphRule) => parts.reduce((sum, p) => sum + (p.paragraphRules.rules[rule] ?? 0), 0);
  const close = parts.flatMap((p) => p.paragraphRules.close.map((c) => `${p.part.spec.slug}:${c.line} ${c.starts ? 'starts' : 'runs on'}`));
  const cells = PARAGRAPH_RULES.map((rule) => `${rule} ${total(rule)}`);
  return `paragraph rules: ${cells.join(', ')}\nparagraph close calls (${close.length}, source line: decision): ${close.join(', ')}`;
}

/** Every host whose dots were put back, as printed → as restored, certain or ambiguous, with its count. */
export function formatUrlHostReport(outline: Outline): string {
  const hostOf = (url: string) => /^https?:\/\/([^/?#]+)/.exec(url)?.[1] ?? url;
  const hosts = new Map<string, { restored: string; ambiguous: boolean; count: number }>();
  for (const url of outline.parts.flatMap((p) => p.urls)) {
    const key = hostOf(url.raw);
    const entry = hosts.get(key) ?? { restored: hostOf(url.url), ambiguous: url.ambiguous, count: 0 };
    entry.count += 1;
    hosts.set(key, entry);
  }
  const rows = [...hosts].sort(([a], [b]) => a.localeCompare(b));
  const ambiguous = rows.filter(([, h]) => h.ambiguous).length;
  const width = Math.max(...rows.map(([raw]) => raw.length));
  const lines = rows.map(
    ([raw, h]) => `  ${h.ambiguous ? 'ambiguous' : 'certain  '} ${raw.padEnd(width)} → ${h.restored}${h.count > 1 ? ` (${h.count})` : ''}`,
  );
  return [`url hosts: ${rows.length} reconstructed, ${rows.length - ambiguous} certain, ${ambiguous} ambiguous`, ...lines].join('\n');
}
