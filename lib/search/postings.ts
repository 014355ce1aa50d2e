/**
 * Candidates before the exact check: for every pair of adjacent characters, the units whose text
 * holds it (built once when the index loads, ~150k pairs for this report). A unit can contain a
 * form only if it holds every pair of the form, so the substring check runs on the units of the
 * form's rarest pairs instead of the whole corpus. The check itself stays exact: recall and
 * precision are the substring pass's, only the work shrinks.
 */

export interface Postings {
  /** character pair (two UTF-16 units packed into one number) → ascending unit ids */
  pairs: Map<number, Uint16Array>;
  unitCount: number;
}

/** A pair as one number: numbers hash faster than two-character strings and need no slice. */
const pairAt = (text: string, i: number) => text.charCodeAt(i) * 0x10000 + text.charCodeAt(i + 1);

export function buildPostings(texts: string[]): Postings {
  const lists = new Map<number, number[]>();
  texts.forEach((text, id) => {
    for (let i = 0; i + 1 < text.length; i++) {
      const pair = pairAt(text, i);
      const list = lists.get(pair);
      if (!list) lists.set(pair, [id]);
      else if (list[list.length - 1] !== id) list.push(id);
    }
  });
  const pairs = new Map<number, Uint16Array>();
  for (const [pair, ids] of lists) pairs.set(pair, Uint16Array.from(ids));
  return { pairs, unitCount: texts.length };
}

/** Below this many units the exact check costs less than narrowing further by intersecting lists. */
const SHORT_LIST = 24;

/**
 * Units that may contain `form` (every one of its character pairs occurs in them, or at least its
 * two rarest), ascending; null when the pairs cannot narrow it (a single character): the caller scans then.
 */
export function candidates(postings: Postings, form: string): Uint16Array | null {
  if (form.length < 2) return null;
  let rarest: Uint16Array | null = null;
  let next: Uint16Array | null = null;
  for (let i = 0; i + 1 < form.length; i++) {
    const list = postings.pairs.get(pairAt(form, i));
    if (!list) return EMPTY;
    if (!rarest || list.length < rarest.length) {
      next = rarest;
      rarest = list;
    } else if (!next || list.length < next.length) next = list;
  }
  if (!rarest) return EMPTY;
  return next && rarest.length > SHORT_LIST ? intersect(rarest, next) : rarest;
}

const EMPTY = new Uint16Array(0);

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
