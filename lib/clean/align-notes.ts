/**
 * When a page foot has a different number of marker-less bodies than the page has unmatched markers,
 * order alone cannot say which marker lost its body. The text can: a note usually names what the
 * sentence before its marker talks about (a law, a report, an event). This aligns markers and bodies
 * in order, pairing only where they share enough evidence: two-character sequences (names, titles) and
 * the date (a release dated the day the sentence names).
 */
const MIN_SHARED = 4;

function bigrams(text: string): Set<string> {
  const chars = [...text.replace(/\[EB\/OL\].*$/s, '').replace(/https?:\S+/g, '')].filter((c) => /[\u4e00-\u9fff]/.test(c));
  const set = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) set.add(chars[i] + chars[i + 1]);
  return set;
}

const digits = (s: string) => Number(s.replace(/[０-９]/g, (d) => String(d.codePointAt(0)! - 0xff10)));

/** Month-day keys of the dates a sentence names (２０２２年３月１７日, ３月１７日). */
function sentenceDates(text: string): Set<string> {
  return new Set([...text.matchAll(/([０-９0-9]{1,2})月([０-９0-9]{1,2})日/g)].map((m) => `${digits(m[1])}-${digits(m[2])}`));
}

/** The month-day of a citation's date ([２０２２Ｇ３Ｇ１７]): the day a report or release came out. */
function citationDate(text: string): string | null {
  const m = /\[[０-９0-9]{4}[Ｇ-]([０-９0-9]{1,2})[Ｇ-]([０-９0-9]{1,2})\]/.exec(text);
  return m ? `${digits(m[1])}-${digits(m[2])}` : null;
}

/** A note dated the day its sentence names is about that sentence: as strong as a shared title. */
const SAME_DATE = MIN_SHARED;

/** How much a marker's sentence and a note body have in common: shared wording, and the same date. */
export function evidence(context: string, body: string): number {
  const date = citationDate(body);
  return sharedBigrams(context, body) + (date !== null && sentenceDates(context).has(date) ? SAME_DATE : 0);
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
  const score = markerContexts.map((context) => bodies.map((body) => evidence(context, body)));
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
