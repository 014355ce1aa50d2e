import { learnConventions } from './conventions';
import { harmonize } from './harmonize';
import { infer } from './infer';
import { checkPlausibility, type PlausibilityFinding } from './plausibility';
import { basisOf, CorrectionError, matchCorrections, type CorrectionEntry } from './corrections';
import { findLists } from './find-lists';
import { buildItems, byBlock } from './items';
import type { Item } from './relation';
import { findRelations } from './relations';
import { solve, type SolveResult } from './solve';
import type { NumberReading, NumberToken } from './types';

/**
 * Decides each number's reading, in order of authority:
 * 1. confirmed: a reviewed correction the caller passes in (feeds the relations below too);
 * 2. settled by rule: the digits and unit alone leave one reading (single digit, leading zero, bounds);
 * 3. settled by relation: the text's own arithmetic leaves exactly one assignment (see solve.ts);
 * 4. inferred: the report's conventions pick the likeliest reading, marked as such, then adjusted to
 *    agree with the relations the text states (harmonize.ts).
 */
export interface ClassifyOptions {
  /** The reviewed entries (content/number-corrections.json, read by the caller: this module does no I/O). */
  corrections?: readonly CorrectionEntry[];
  /**
   * Whether a correction that matches no number fails. Defaults to true for a whole report (tokens
   * from three or more parts) and false for an excerpt, which need not contain every corrected number.
   */
  strict?: boolean;
}

export interface Classification {
  readings: NumberReading[];
  solve: SolveResult;
  relationCount: number;
  /** Inferred readings that failed a plausibility check: re-chosen (`to`) or reported. */
  plausibility: PlausibilityFinding[];
}

export function classifyDetailed(tokens: readonly NumberToken[], options: ClassifyOptions = {}): Classification {
  const { items, rules } = buildItems(tokens);
  const strict = options.strict ?? new Set(tokens.map((t) => t.part)).size >= 3;
  const matched = matchCorrections(tokens, options.corrections ?? [], strict);
  // A review entry is a reviewer's decision that nothing settles the number: it must not feed the
  // relations as a fact, only replace the habit's pick once everything else is decided.
  const corrections = new Map([...matched].filter(([, e]) => basisOf(e) !== 'review'));
  const reviews = new Map([...matched].filter(([, e]) => basisOf(e) === 'review'));
  for (const [i, entry] of corrections) {
    const c = items[i].domain.find((d) => d.text === entry.value);
    items[i].domain = [c ?? { decimals: entry.value.split('.')[1]?.length ?? 0, value: Number(entry.value), text: entry.value }];
  }
  const relations = findRelations(items);
  const solved = solve(items, relations);
  // Every settled number teaches; see conventions.ts for which ones are skipped and why.
  const conventions = learnConventions(items, () => true);
  const mates = groupMates(items);
  const paragraphs = new Map(byBlock(items).flatMap((block) => block.map((item) => [item.index, block] as const)));
  const strength = items.map(() => 3);
  const readings = items.map((item, i): NumberReading => {
    const id = item.token.id;
    const entry = corrections.get(i);
    if (entry) {
      return {
        id,
        status: 'confirmed',
        value: entry.value,
        reason: entry.source ? `${entry.reason}（${entry.source}）` : entry.reason,
        relation: 'correction',
        basis: basisOf(entry) as 'source' | 'argument',
      };
    }
    if (rules[i].reason !== undefined)
      return { id, status: 'settled', value: item.domain[0].text, reason: rules[i].reason, relation: 'rule' };
    const s = solved.settled.get(i);
    if (s) return { id, status: 'settled', value: item.domain[0].text, reason: s.reason, relation: s.relation };
    if (item.domain.length === 0) return { id, status: 'unsettled', value: item.token.raw };
    const guess = infer(item, conventions, mates.get(i) ?? [], paragraphs.get(i) ?? []);
    strength[i] = guess.strength ?? 1;
    return { id, status: 'inferred', value: guess.value.text, reason: guess.reason, relation: 'convention' };
  });
  harmonize(items, relations, readings, strength);
  // Last, a check against the world (a fall above 100 %, 翻番, a company above the nation, …).
  const checked = checkPlausibility(items, readings);
  readings.splice(0, readings.length, ...checked.readings);
  for (const [i, entry] of reviews) {
    if (readings[i].status !== 'inferred') {
      throw new CorrectionError(
        `content/number-corrections.json: the review entry “${entry.context}” is for a number the text already settles (${readings[i].value}); remove it.`,
      );
    }
    readings[i] = {
      ...readings[i],
      value: entry.value,
      reason: `审校：${entry.reason}${entry.source ? `（${entry.source}）` : ''}`,
      relation: 'review',
    };
  }
  return { readings, solve: solved, relationCount: relations.length, plausibility: checked.findings };
}

export function classifyNumbers(tokens: readonly NumberToken[], options: ClassifyOptions = {}): NumberReading[] {
  return classifyDetailed(tokens, options).readings;
}

/** Members of the same list or table column: they share a print format. */
function groupMates(items: readonly Item[]): Map<number, Item[]> {
  const out = new Map<number, Item[]>();
  const columns = new Map<string, Item[]>();
  for (const item of items) {
    const t = item.token.table;
    if (!t) continue;
    const key = `${item.token.part}:${t.id}:${t.column}`;
    columns.set(key, [...(columns.get(key) ?? []), item]);
  }
  for (const group of [...findLists(items), ...columns.values()]) for (const item of group) out.set(item.index, group);
  return out;
}
