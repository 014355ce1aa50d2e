/**
 * When a page foot has a different number of marker-less bodies than the page has unmatched markers,
 * order alone cannot say which marker lost its body. The text can: a note usually names what the
 * sentence before its marker talks about (a law, a report, an event). This aligns markers and bodies
 * in order, pairing only where they share enough two-character sequences to be evidence.
 */
const MIN_SHARED = 4;

function bigrams(text: string): Set<string> {
  const chars = [...text.replace(/\[EB\/OL\].*$/s, '').replace(/https?:\S+/g, '')].filter((c) => /[\u4e00-\u9fff]/.test(c));
  const set = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) set.add(chars[i] + chars[i + 1]);
  return set;
}

export function sharedBigrams(a: string, b: string): number {
  const left = bigrams(a);
  let shared = 0;
  for (const gram of bigrams(b)) if (left.has(gram)) shared += 1;
  return shared;
}

/** Order-preserving pairs [markerIndex, bodyIndex] maximising shared text; weak pairs are left out. */
export function alignByContent(markerContexts: readonly string[], bodies: readonly string[]): [number, number][] {
  const m = markerContexts.length;
  const k = bodies.length;
  const score = markerContexts.map((context) => bodies.map((body) => sharedBigrams(context, body)));
  const best: number[][] = Array.from({ length: m + 1 }, () => new Array<number>(k + 1).fill(0));
  for (let i = m - 1; i >= 0; i--) {
    for (let j = k - 1; j >= 0; j--) {
      const pair = score[i][j] >= MIN_SHARED ? score[i][j] + best[i + 1][j + 1] : -1;
      best[i][j] = Math.max(best[i + 1][j], best[i][j + 1], pair);
    }
  }
  const pairs: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < m && j < k) {
    if (score[i][j] >= MIN_SHARED && best[i][j] === score[i][j] + best[i + 1][j + 1]) {
      pairs.push([i, j]);
      i += 1;
      j += 1;
    } else if (best[i][j] === best[i + 1][j]) i += 1;
    else j += 1;
  }
  return pairs;
}
