import { isRuleReason } from './rules';

/**
 * Counts and lists for readers and reviewers, from what the content build wrote (outline.json's
 * `numbers` and the chapters' `:num` directives). Pure: the callers read the files.
 */
export interface NumberEntry {
  id: string;
  raw: string;
  reading: string;
  unit: string;
  status: string;
  section: string | null;
  reason?: string;
  relation?: string;
  basis?: 'source' | 'argument';
}

/**
 * How a number was decided: `settled` split into by-rule and by-relation, `confirmed` into by a cited
 * source and by an argument from the text, `inferred` into reviewed (a reviewer looked, nothing settles
 * it: the reader still marks it) and not yet reviewed.
 */
export type NumberClass = 'rule' | 'relation' | 'source' | 'argument' | 'reviewed' | 'inferred' | 'unsettled';

export const CLASS_LABEL: Record<NumberClass, string> = {
  rule: '规则确定',
  relation: '文中关系确定',
  source: '来源核实',
  argument: '论证核实',
  reviewed: '审校后推断',
  inferred: '推断',
  unsettled: '未定',
};

export const CLASSES: readonly NumberClass[] = ['rule', 'relation', 'source', 'argument', 'reviewed', 'inferred', 'unsettled'];

/** Classes a reader sees marked as uncertain. */
export const MARKED_CLASSES: ReadonlySet<NumberClass> = new Set(['reviewed', 'inferred', 'unsettled']);

export function classOf(n: NumberEntry): NumberClass {
  if (n.status === 'confirmed') return n.basis === 'argument' ? 'argument' : 'source';
  if (n.status === 'inferred') return n.relation === 'review' ? 'reviewed' : 'inferred';
  if (n.status !== 'settled') return 'unsettled';
  if (n.relation) return n.relation === 'rule' ? 'rule' : 'relation';
  return isRuleReason(n.reason) ? 'rule' : 'relation';
}

export interface CountRow {
  slug: string;
  label: string;
  counts: Record<NumberClass, number>;
  total: number;
}

export function countByPart(parts: readonly { slug: string; label: string; numbers: readonly NumberEntry[] }[]): {
  rows: CountRow[];
  total: CountRow;
} {
  const empty = () => Object.fromEntries(CLASSES.map((c) => [c, 0])) as Record<NumberClass, number>;
  const rows = parts.map((p) => {
    const counts = empty();
    for (const n of p.numbers) counts[classOf(n)]++;
    return { slug: p.slug, label: p.label, counts, total: p.numbers.length };
  });
  const counts = empty();
  for (const r of rows) for (const c of CLASSES) counts[c] += r.counts[c];
  return { rows, total: { slug: '', label: '合计', counts, total: rows.reduce((n, r) => n + r.total, 0) } };
}

/** Settled numbers per relation family (share-list, period-rate, …), most first. */
export function countByRelation(numbers: readonly NumberEntry[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const n of numbers) {
    if (classOf(n) !== 'relation' || !n.relation) continue;
    counts.set(n.relation, (counts.get(n.relation) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/**
 * Inferred readings the plausibility check (plausibility.ts) looked at twice: re-chosen because the
 * habit's pick failed it, or reported because no reading passes.
 */
export function plausibilityFlags(numbers: readonly NumberEntry[]): { rechosen: NumberEntry[]; reported: NumberEntry[] } {
  const inferred = numbers.filter((n) => n.status === 'inferred');
  return {
    rechosen: inferred.filter((n) => n.relation === 'plausibility'),
    reported: inferred.filter((n) => n.relation === 'implausible'),
  };
}

const NUM = /:num\[([^\]]*)\]\{#([^\s}]+)[^}]*\}/g;

/**
 * The plain text around each `:num` of a chapter's Markdown, other numbers shown as their readings
 * and Markdown marks dropped: `{ before: '…全国电子商务交易额达', after: '万亿元，按可比口径…' }`.
 */
export function numberContexts(markdown: string, width = 24): Map<string, { before: string; after: string }> {
  const out = new Map<string, { before: string; after: string }>();
  for (const line of markdown.split('\n')) {
    if (!line.includes(':num[')) continue;
    const marks: { id: string; at: number; end: number }[] = [];
    let last = 0;
    let text = '';
    for (const m of line.matchAll(NUM)) {
      text += strip(line.slice(last, m.index));
      marks.push({ id: m[2], at: text.length, end: text.length + m[1].length });
      text += m[1];
      last = m.index + m[0].length;
    }
    text += strip(line.slice(last));
    for (const { id, at, end } of marks) {
      out.set(id, { before: text.slice(Math.max(0, at - width), at), after: text.slice(end, end + width) });
    }
  }
  return out;
}

function strip(markdown: string): string {
  return markdown
    .replace(/\[\^\d+\]/g, '')
    .replace(/^(#+|\|)\s*/, '')
    .replace(/[*_`]/g, '')
    .replace(/\s*\|\s*/g, ' ｜ ');
}

/** RFC 4180 CSV, for reviewers' spreadsheets. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((r) => r.map((cell) => (/[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)).join(',')).join('\n') + '\n';
}
