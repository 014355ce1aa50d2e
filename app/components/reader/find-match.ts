/**
 * Pure matching for the find bar: text is compared after folding full-width to half-width (NFKC) and
 * Latin case, one character at a time so that every position still maps back to the page's text.
 * Segments are the page's text nodes; a `null` segment is a block boundary no match may cross.
 */

export function foldChar(ch: string): string {
  const folded = ch.normalize('NFKC').toLowerCase();
  // NFKC can expand a character (㎡ → m2); such characters are compared as they are, to keep 1:1 positions.
  return folded.length === 1 ? folded : ch.toLowerCase().length === 1 ? ch.toLowerCase() : ch;
}

export function fold(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // A surrogate pair stays together and unfolded: same length in, same length out.
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      out += text.slice(i, i + 2);
      i++;
      continue;
    }
    out += foldChar(text[i]);
  }
  return out;
}

export interface MatchPosition {
  segment: number;
  offset: number;
}
export interface Match {
  start: MatchPosition;
  end: MatchPosition;
}

/** All non-overlapping matches of `query` in the segments, in document order. */
export function findMatches(segments: (string | null)[], query: string): Match[] {
  const needle = fold(query.trim());
  if (!needle) return [];
  // Flatten into one string; block boundaries become a character no query contains.
  const starts: number[] = [];
  let haystack = '';
  segments.forEach((s) => {
    starts.push(haystack.length);
    haystack += s === null ? '\u0000' : fold(s);
  });
  const locate = (pos: number, isEnd: boolean): MatchPosition => {
    let lo = 0,
      hi = segments.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] < pos || (!isEnd && starts[mid] === pos)) lo = mid;
      else hi = mid - 1;
    }
    // Skip empty/boundary segments at a start position.
    while (!isEnd && lo < segments.length - 1 && (segments[lo] === null || starts[lo] + (segments[lo]?.length ?? 0) <= pos)) lo++;
    return { segment: lo, offset: pos - starts[lo] };
  };
  const matches: Match[] = [];
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + needle.length)) {
    matches.push({ start: locate(i, false), end: locate(i + needle.length, true) });
  }
  return matches;
}
