/**
 * The hits of one query, kept in parallel typed arrays instead of an object per hit: `collectHits`
 * (match.ts) appends each matching unit's hits as one slice, and the ranking, the snippet and the
 * result's count all read that slice. One buffer per query, grown by doubling: a query with tens of
 * results allocates a few arrays, not hundreds of small objects for the collector to sweep.
 */

/** Where one unit's hits are in the buffer: `from` … `to`, in text order. */
export interface HitSlice {
  from: number;
  to: number;
}

export interface HitBuffer {
  /** [start, end) in the unit's normalised text, the word's index in the query, the form's index in the word. */
  start: Int32Array;
  end: Int32Array;
  term: Int32Array;
  form: Int32Array;
  /** Hits in use; slots beyond it are free. */
  length: number;
}

export function newHitBuffer(capacity = 256): HitBuffer {
  return {
    start: new Int32Array(capacity),
    end: new Int32Array(capacity),
    term: new Int32Array(capacity),
    form: new Int32Array(capacity),
    length: 0,
  };
}

/** Room for `extra` more hits. */
export function reserve(buffer: HitBuffer, extra: number): void {
  const needed = buffer.length + extra;
  if (needed <= buffer.start.length) return;
  let capacity = buffer.start.length * 2;
  while (capacity < needed) capacity *= 2;
  buffer.start = grown(buffer.start, capacity);
  buffer.end = grown(buffer.end, capacity);
  buffer.term = grown(buffer.term, capacity);
  buffer.form = grown(buffer.form, capacity);
}

function grown(list: Int32Array, capacity: number): Int32Array {
  const out = new Int32Array(capacity);
  out.set(list);
  return out;
}

export function push(buffer: HitBuffer, start: number, end: number, term: number, form: number): void {
  const at = buffer.length++;
  buffer.start[at] = start;
  buffer.end[at] = end;
  buffer.term[at] = term;
  buffer.form[at] = form;
}

/**
 * Orders hits `from` … `to` by start, then end, keeping the order of equal ones (as a stable sort
 * does): insertion sort, since a slice holds a few runs that are each in order already.
 */
export function sortSlice(buffer: HitBuffer, from: number, to: number): void {
  const { start, end, term, form } = buffer;
  for (let i = from + 1; i < to; i++) {
    const s = start[i];
    const e = end[i];
    const t = term[i];
    const f = form[i];
    let j = i - 1;
    while (j >= from && (start[j] > s || (start[j] === s && end[j] > e))) {
      start[j + 1] = start[j];
      end[j + 1] = end[j];
      term[j + 1] = term[j];
      form[j + 1] = form[j];
      j--;
    }
    start[j + 1] = s;
    end[j + 1] = e;
    term[j + 1] = t;
    form[j + 1] = f;
  }
}

/** One hit as an object: for tests and tools that inspect a unit's hits, never on the query path. */
export interface Hit {
  start: number;
  end: number;
  term: number;
  form: number;
}

export function hitsOf(buffer: HitBuffer, slice: HitSlice): Hit[] {
  const out: Hit[] = [];
  for (let i = slice.from; i < slice.to; i++) {
    out.push({ start: buffer.start[i], end: buffer.end[i], term: buffer.term[i], form: buffer.form[i] });
  }
  return out;
}
