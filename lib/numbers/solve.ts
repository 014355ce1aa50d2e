import { halfUlp, MAX_DECIMALS, type Candidate } from './candidates';
import { membersOf, type Item, type Relation, type RelationKind } from './relation';

/**
 * Settles numbers from relations. A member is settled when every assignment of readings (among those
 * the rules left) that satisfies the relation gives it the same reading: with exactly one satisfying
 * assignment all members are settled; with several, only the members they agree on (a growth rate
 * can be fixed while the amounts' common scale stays open). Sum relations, solved by dynamic
 * programming, settle only on exactly one assignment. Domains only shrink, so settling one relation
 * can make another decisive, and we repeat until nothing changes.
 */
export interface Settlement {
  reason: string;
  relation: RelationKind;
}

export interface SolveResult {
  settled: Map<number, Settlement>;
  /** Relations no assignment satisfies: a finder misread the text, or the report is inconsistent. */
  conflicts: Relation[];
}

const ENUMERATION_LIMIT = 200_000;
/** Enough satisfying assignments to see which members they agree on. */
const SOLUTION_LIMIT = 5_000;
const SCALE = 1e5;

type Assignment = Candidate[];

/** Satisfying assignments: all (up to a limit) for predicates, up to two for sums. */
export function solutions(r: Relation, items: Item[]): Assignment[] | null {
  return r.shape === 'sum' ? sumSolutions(r, items) : enumerate(r, items);
}

function enumerate(r: Extract<Relation, { shape: 'predicate' }>, items: Item[]): Assignment[] | null {
  const domains = r.members.map((i) => items[i].domain);
  if (r.uniformDecimals) return enumerateUniform(r, domains);
  if (domains.reduce((n, d) => n * d.length, 1) > ENUMERATION_LIMIT) return null;
  const found: Assignment[] = [];
  const pick: Candidate[] = [];
  const walk = (k: number): boolean => {
    if (k === domains.length) {
      if (r.holds(pick)) found.push([...pick]);
      return found.length >= SOLUTION_LIMIT;
    }
    for (const c of domains[k]) {
      pick[k] = c;
      if (walk(k + 1)) return true;
    }
    return false;
  };
  walk(0);
  return found;
}

function enumerateUniform(r: Extract<Relation, { shape: 'predicate' }>, domains: Candidate[][]): Assignment[] {
  const found: Assignment[] = [];
  for (let d = 0; d <= MAX_DECIMALS; d++) {
    const pick = domains.map((dom) => (dom.length === 1 ? dom[0] : dom.find((c) => c.decimals === d)));
    if (pick.every((c): c is Candidate => c !== undefined) && r.holds(pick)) found.push(pick);
  }
  return found;
}

interface State {
  count: number;
  prev: string;
  choice: number;
}

function sumSolutions(r: Extract<Relation, { shape: 'sum' }>, items: Item[]): Assignment[] {
  const partDomains = r.parts.map((i) => items[i].domain);
  const totals: (Candidate | number)[] = typeof r.total === 'number' ? items[r.total].domain : [r.total.constant];
  const nonNegative = partDomains.every((d) => d.every((c) => c.value >= 0));
  const maxTol = partDomains.reduce((t, d) => t + Math.max(...d.map((c) => halfUlp(c))), 0);
  const found: Assignment[] = [];
  let count = 0;
  for (const total of totals) {
    const target = typeof total === 'number' ? total : total.value;
    const targetTol = typeof total === 'number' ? 0 : halfUlp(total);
    const ceiling = Math.round((target + targetTol + maxTol) * SCALE);
    const layers: Map<string, State>[] = [new Map([['0,0', { count: 1, prev: '', choice: -1 }]])];
    for (const domain of partDomains) {
      const next = new Map<string, State>();
      for (const [key, state] of layers[layers.length - 1]) {
        const [sum, tol] = key.split(',').map(Number);
        domain.forEach((c, choice) => {
          const s = sum + Math.round(c.value * SCALE);
          if (nonNegative && s > ceiling) return;
          const k = `${s},${tol + Math.round(halfUlp(c) * SCALE)}`;
          const seen = next.get(k);
          if (seen) seen.count = Math.min(2, seen.count + state.count);
          else next.set(k, { count: state.count, prev: key, choice });
        });
      }
      layers.push(next);
    }
    for (const [key, state] of layers[layers.length - 1]) {
      const [sum, tol] = key.split(',').map(Number);
      if (Math.abs(sum - target * SCALE) > tol + targetTol * SCALE + 1) continue;
      count += state.count;
      if (state.count === 1 && found.length < 2) found.push(rebuild(layers, key, partDomains, total));
    }
    if (count >= 2) break;
  }
  // The assignment list only matters when exactly one exists; pad so callers see "two or more".
  while (found.length < Math.min(count, 2)) found.push([]);
  return found;
}

function rebuild(layers: Map<string, State>[], key: string, domains: Candidate[][], total: Candidate | number): Assignment {
  const picks: Candidate[] = [];
  for (let k = layers.length - 1; k > 0; k--) {
    const state = layers[k].get(key)!;
    picks.unshift(domains[k - 1][state.choice]);
    key = state.prev;
  }
  return typeof total === 'number' ? picks : [...picks, total];
}

function describe(r: Relation, a: Assignment): string {
  if (r.shape === 'predicate') return r.describe(a);
  const parts = a.slice(0, r.parts.length);
  return r.describe(parts, typeof r.total === 'number' ? a[r.parts.length] : r.total.constant);
}

export function solve(items: Item[], relations: readonly Relation[]): SolveResult {
  const settled = new Map<number, Settlement>();
  const conflicts: Relation[] = [];
  const open = new Set(relations);
  for (let changed = true; changed; ) {
    changed = false;
    for (const r of open) {
      const found = solutions(r, items);
      if (found === null) continue;
      if (found.length === 0) {
        conflicts.push(r);
        open.delete(r);
        continue;
      }
      const members = membersOf(r);
      // A sum reports "two or more" with placeholder assignments: only a unique one can be read.
      const agreed = members.map(
        (_, k) => (found.length === 1 || r.shape === 'predicate') && found.every((a) => a[k]?.text === found[0][k]?.text),
      );
      if (found.length >= SOLUTION_LIMIT || !agreed.some((a, k) => a && items[members[k]].domain.length > 1)) continue;
      const shown = found[0].map((c, k) => (agreed[k] ? c : { ...c, text: `${items[members[k]].token.raw}（小数点未定）` }));
      // With several fits, say so: the settled members agree across all of them, the others stay open.
      const reason =
        found.length > 1
          ? `${describe(r, shown).replace(/，?只有这一种[^（；]*/, '')}；所有使关系成立的读法中，上述已给出小数点的数字读法都相同`
          : describe(r, shown);
      members.forEach((i, k) => {
        if (!agreed[k] || items[i].domain.length === 1) return;
        items[i].domain = [found[0][k]];
        settled.set(i, { reason, relation: r.kind });
        changed = true;
      });
      if (agreed.every(Boolean)) open.delete(r);
    }
  }
  return { settled, conflicts };
}
