/**
 * One normalisation for index text and queries, so that what a reader types matches what the page
 * shows: NFKC folds full-width digits and letters (ＲＣＥＰ２０２２ → RCEP2022), Latin case is folded,
 * and runs of whitespace (including U+3000 and control characters) become one space.
 *
 * Normalising code point by code point keeps a map back to the original text, so hits found in the
 * normalised text can be highlighted in the text as displayed (which keeps its full-width ，：；).
 */

const SPACE_LIKE = /[\s\p{Cc}\p{Cf}]/u;

export interface MappedText {
  /** The normalised text. */
  text: string;
  /** `map[i]` = offset in the original of normalised unit `i`; `map[text.length]` = original length. */
  map: number[];
}

function foldCodePoint(cp: string): string {
  const code = cp.charCodeAt(0);
  // Fast paths (most of the text): CJK ideographs and ASCII letters/digits fold trivially.
  if (code >= 0x4e00 && code <= 0x9fff) return cp;
  if (code > 0x20 && code < 0x7f) return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : cp;
  if (SPACE_LIKE.test(cp)) return ' ';
  // A lone surrogate is kept as is: it can never match real text, but it must not throw.
  return cp.normalize('NFKC').toLowerCase();
}

export function normalizeWithMap(input: string): MappedText {
  const map: number[] = [];
  return { text: fold(input, map), map };
}

/** The one normalising loop: `map`, when given, receives each normalised unit's original offset. */
function fold(input: string, map?: number[]): string {
  let text = '';
  let offset = 0;
  for (const cp of input) {
    const folded = foldCodePoint(cp);
    for (const unit of splitUnits(folded)) {
      const isSpace = unit === ' ' || SPACE_LIKE.test(unit);
      if (isSpace && (text.length === 0 || text.endsWith(' '))) continue;
      text += isSpace ? ' ' : unit;
      map?.push(offset);
    }
    offset += cp.length;
  }
  map?.push(offset);
  return text;
}

/** UTF-16 units of a string (a folded code point may expand, e.g. ㎡ → m2). */
function splitUnits(s: string): string[] {
  return s.length === 1 ? [s] : s.split('');
}

/**
 * Normalised text without the map (what `normalizeWithMap` gives as `text`); leading whitespace
 * dropped, trailing kept as one space. Every query goes through this: it builds no map, and text
 * that normalising leaves as it is (CJK, lower-case Latin, digits) is returned without copying.
 */
export function normalize(input: string): string {
  return isNormal(input) ? input : fold(input);
}

/** CJK ideographs and printable ASCII other than capitals, with single inner spaces: folding changes none of it. */
function isNormal(input: string): boolean {
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) continue;
    if (c === 0x20 ? i === 0 || input.charCodeAt(i - 1) === 0x20 : c < 0x21 || c > 0x7e || (c >= 65 && c <= 90)) return false;
  }
  return true;
}

/** The normalised form of a query: like the text, and trimmed. */
export function normalizeQuery(input: string): string {
  return normalize(input).trim();
}

/** Inverse of a map: for each original offset, the first normalised offset at or after it. */
export function invertMap(map: number[], originalLength: number): number[] {
  const inverse = new Array<number>(originalLength + 1);
  let j = 0;
  for (let i = 0; i <= originalLength; i++) {
    while (j < map.length - 1 && map[j] < i) j++;
    inverse[i] = j;
  }
  return inverse;
}
