/**
 * Candidates before the exact check: for every pair of adjacent characters, the units whose text
 * holds it (built once when the index loads, ~150k pairs for this report). A unit can contain a
 * form only if it holds every pair of the form, so the substring check runs on the intersection of
 * their lists instead of the whole corpus. The check itself stays exact: recall and precision are
 * the substring pass's, only the work shrinks.
 */

export interface Postings {
  /** character pair → ascending unit ids */
  pairs: Map<string, Uint16Array>;
  unitCount: number;
}

export function buildPostings(texts: string[]): Postings {
  const lists = new Map<string, number[]>();
  texts.forEach((text, id) => {
    for (let i = 0; i + 1 < text.length; i++) {
      const pair = text.slice(i, i + 2);
      const list = lists.get(pair);
      if (!list) lists.set(pair, [id]);
      else if (list[list.length - 1] !== id) list.push(id);
    }
  });
  const pairs = new Map<string, Uint16Array>();
  for (const [pair, ids] of lists) pairs.set(pair, Uint16Array.from(ids));
  return { pairs, unitCount: texts.length };
}

/**
 * Units that may contain `form` (every one of its character pairs occurs in them), ascending; null
 * when the pairs cannot narrow it (a single character): the caller scans then.
 */
export function candidates(postings: Postings, form: string): Uint16Array | null {
  if (form.length < 2) return null;
  const lists: Uint16Array[] = [];
  for (let i = 0; i + 1 < form.length; i++) {
    const list = postings.pairs.get(form.slice(i, i + 2));
    if (!list) return new Uint16Array(0);
    lists.push(list);
  }
  lists.sort((a, b) => a.length - b.length);
  let result = lists[0];
  for (let k = 1; k < lists.length && result.length > 0; k++) result = intersect(result, lists[k]);
  return result;
}

function intersect(a: Uint16Array, b: Uint16Array): Uint16Array {
  const out = new Uint16Array(Math.min(a.length, b.length));
  let n = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] < b[j]) i++;
    else if (a[i] > b[j]) j++;
    else {
      out[n++] = a[i];
      i++;
      j++;
    }
  }
  return out.subarray(0, n);
}
