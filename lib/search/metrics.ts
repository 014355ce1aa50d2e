/**
 * Ranking quality against a judged relevance set (test/search/relevance.json): pure functions over
 * the result anchors in rank order and the judged grades (2 = wanted first, 1 = relevant).
 */

export interface Judgement {
  q: string;
  want: string[];
  also: string[];
}

export function grades(j: Judgement): Map<string, number> {
  const g = new Map<string, number>();
  for (const a of j.also) g.set(a, 1);
  for (const a of j.want) g.set(a, 2);
  return g;
}

/** Share of the first k results judged relevant (either grade), over k. */
export function precisionAt(ranked: string[], judged: Map<string, number>, k: number): number {
  return ranked.slice(0, k).filter((a) => (judged.get(a) ?? 0) > 0).length / k;
}

/** Normalised discounted cumulative gain over the first k results, gains 2^grade − 1. */
export function ndcgAt(ranked: string[], judged: Map<string, number>, k: number): number {
  const dcg = (gs: number[]) => gs.slice(0, k).reduce((sum, g, i) => sum + (2 ** g - 1) / Math.log2(i + 2), 0);
  const ideal = dcg([...judged.values()].sort((a, b) => b - a));
  return ideal === 0 ? 0 : dcg(ranked.map((a) => judged.get(a) ?? 0)) / ideal;
}
