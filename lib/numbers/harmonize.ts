import { halfUlp, type Candidate } from './candidates';
import { membersOf, type Item, type Relation } from './relation';
import { solutions } from './solve';
import type { NumberReading } from './types';

/**
 * Inferred readings are chosen one number at a time; a relation the text states may then be broken by
 * them (37 % rising “to 4.0 %”). For every relation with members still inferred whose current readings
 * do not satisfy it, switch those members to the satisfying assignment that keeps the most current
 * readings, each weighed by the strength of the habit behind it (“超过20%” outweighs a statistic);
 * settled and confirmed members are never changed. The result stays `inferred`.
 */
/** A sum relation as a predicate over its members (parts, then the total), to check and enumerate. */
function asPredicate(r: Relation): Extract<Relation, { shape: 'predicate' }> | null {
  if (r.shape === 'predicate') return r;
  const n = r.parts.length;
  const total = r.total;
  return {
    kind: r.kind,
    shape: 'predicate',
    members: membersOf(r),
    holds: (values) => {
      const parts = values.slice(0, n);
      const t = typeof total === 'number' ? values[n] : null;
      const sum = parts.reduce((a, c) => a + c.value, 0);
      const tolerance = parts.reduce((a, c) => a + halfUlp(c), 0) + (t ? halfUlp(t) : 0);
      return Math.abs(sum - (t ? t.value : (total as { constant: number }).constant)) <= tolerance + 1e-9;
    },
    describe: (values) => r.describe(values.slice(0, n), typeof total === 'number' ? values[n] : total.constant),
  };
}

export function harmonize(items: Item[], relations: readonly Relation[], readings: NumberReading[], strength: readonly number[]): void {
  for (const relation of relations) {
    const r = asPredicate(relation);
    if (!r) continue;
    const inferred = r.members.filter((i) => readings[i].status === 'inferred');
    if (inferred.length === 0) continue;
    const current = r.members.map((i) => items[i].domain.find((c) => c.text === readings[i].value));
    if (current.every((c): c is Candidate => c !== undefined) && r.holds(current)) continue;
    const found = solutions(r, items);
    if (!found || found.length === 0) continue;
    // Ties go to the smallest shift of the decimal point (20.4 rather than 204 for an inferred 2.04).
    const kept = (a: Candidate[]) =>
      a.reduce((n, c, k) => {
        const i = r.members[k];
        const now = current[k];
        if (c.text === readings[i].value) return n + strength[i];
        return now ? n - 0.01 * Math.abs(c.decimals - now.decimals) : n;
      }, 0);
    const best = found.reduce((a, b) => (kept(b) > kept(a) ? b : a));
    r.members.forEach((i, k) => {
      if (readings[i].status !== 'inferred' || readings[i].value === best[k].text) return;
      readings[i] = {
        ...readings[i],
        value: best[k].text,
        reason: `${readings[i].reason}；为与文中关系一致改读为${best[k].text}（${r.describe(best).replace(/，?只有这一种[^（；]*/, '')}）`,
      };
    });
  }
}
