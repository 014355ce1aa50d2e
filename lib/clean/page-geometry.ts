/**
 * The report's page geometry, as far as the extracted text shows it: how wide a printed line is, how
 * far a paragraph's first line is indented, and how wide the smaller-set sources run. Kept in one place
 * so that a pass never carries its own guess of a width.
 *
 * Widths are in the report's own unit, one CJK character. `printedWidth` weighs the other characters as
 * the print set them; the weights were fitted (least squares) on the 2,544 mid-paragraph body lines of
 * chapters 1–9 and appendices B–C, whose printed width is the full measure.
 * - ASCII `,.:;!?()` stand for full-width Chinese marks (one column, some squeezed by the typesetter): 0.9.
 * - Curly quotes “” are a little narrower (0.85), the title marks «» (printed 《》) narrower still (0.63).
 * - Full-width digits and Latin letters were set at about two thirds of a column: 0.64 / 0.63.
 * - A space is the justification of a spread line, not a printed character: 0.
 */
const WEIGHT = { mark: 0.9, quote: 0.85, titleMark: 0.63, digit: 0.64, latin: 0.63, space: 0, other: 0.6 } as const;
const CHINESE_MARK_AS_ASCII = /[,.:;!?()]/;
const QUOTE = /[“”‘’]/;
const TITLE_MARK = /[«»‹›]/;

export function printedWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code === 0x20) width += WEIGHT.space;
    else if (code >= 0xff10 && code <= 0xff19) width += WEIGHT.digit;
    else if (/[A-Za-z]/.test(ch) || (code >= 0xff21 && code <= 0xff5a)) width += WEIGHT.latin;
    else if (CHINESE_MARK_AS_ASCII.test(ch)) width += WEIGHT.mark;
    else if (QUOTE.test(ch)) width += WEIGHT.quote;
    else if (TITLE_MARK.test(ch)) width += WEIGHT.titleMark;
    else if (code < 0x2000) width += WEIGHT.other;
    else width += 1;
  }
  return width;
}

/**
 * A justified line whose characters were spread apart (深 圳  星 河 WORLD 国 际 电 子 商 务 …): the
 * extraction kept the spreading as spaces, so it has fewer characters than a full line although it
 * fills the measure. Three single characters between spaces are the signature (letter-spacing.ts).
 */
export function isSpreadLine(text: string): boolean {
  return (text.match(/(?<=[^\x00-\x7f] )[^\x00-\x7f](?= [^\x00-\x7f])/g) ?? []).length >= 3;
}

/**
 * The full measure when a region has too few lines to show it (an excerpt of a few lines): the preface
 * was set in a larger font (29 characters a line) than the chapters and appendices (35).
 */
export function nominalLineWidth(kind: 'preface' | 'chapter' | 'appendix'): number {
  return kind === 'preface' ? 29 : 35;
}

/**
 * A paragraph's first line lost its two-character indent, so it measures about two columns short of a
 * full line; a full line measures within about one column of the full width. Measured on chapters
 * 1–9 and appendices B–C: 186 of the 192 first lines after a heading are more than 1.1 columns short,
 * 2,417 of the 2,545 mid-paragraph lines are not. Near the threshold a decision is a close call.
 */
export const FIRST_LINE_INDENT = 2;
export const INDENT_THRESHOLD = 1.1;
export const CLOSE_CALL = 0.25;
/** A line shorter than this (below the full width) is no first line of a long paragraph but a short one. */
export const SHORT_FIRST_LINE = 3.2;
/** A line this much short of the full width can only be a paragraph's last line (or a signature). */
export const SHORT_LINE = 6;
/** Fewer mid-paragraph lines than this do not show a region's width; the nominal width stands. */
const MIN_LINES_TO_MEASURE = 5;

const ENDS_SENTENCE = /[.!?:。！？：;；]\s*[”’»)]?$/;

/**
 * A region's full line width (body text, a box, an appendix), read from its own lines: the median width
 * of the lines that do not end a sentence, which are almost all full lines mid-paragraph (a paragraph's
 * first line is two columns short, its last line ends a sentence). Rounded to a half column.
 */
export function regionFullWidth(texts: readonly string[], nominal: number): number {
  const widths = texts
    .map((t) => t.replace(/^[\u3000 ]+/, '').trim())
    .filter((t) => t !== '' && !ENDS_SENTENCE.test(t))
    .map(printedWidth)
    .filter((w) => w >= nominal - SHORT_LINE)
    .sort((a, b) => a - b);
  if (widths.length < MIN_LINES_TO_MEASURE) return nominal;
  return Math.round(widths[Math.floor(widths.length / 2)]! * 2) / 2;
}

/*
 * The smaller-set texts, in display columns (displayWidth: the extraction's own, coarser widths).
 */

/**
 * Display width in the report's own units: a CJK character or full-width mark is 1; digits and Latin
 * letters were set at about half that. Body lines wrap at ~35 (chapters) or ~29 (preface); footnotes,
 * sources and tables were set smaller and run to ~45, which is how they can be told apart.
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code === 0x3000) width += 1;
    else if (code >= 0xff10 && code <= 0xff19) width += 0.55;
    else if (code < 0x2000 || (code >= 0xff21 && code <= 0xff5a)) width += 0.5;
    else width += 1;
  }
  return width;
}

/** Sources and notes were set small (~45 columns); a source line this wide may wrap onto one more. */
export const SOURCE_WRAPS_AT = 38;
/** The wrapped tail of a source is short: this much under the wrap width at most. */
export const SOURCE_TAIL_SHORTER_BY = 10;
/**
 * Footnotes were set in a smaller font: their wrapped lines run to ~45 columns where body text stops at
 * ~36, so a line at least this wide is a note line.
 */
export const NOTE_LINE_MIN = 38;
/** Blank lines after a page foot before the next page's first line (a single blank follows every line). */
export const PAGE_GAP = 3;
/** A box title that wrapped continues on a line shorter than this. */
export const BOX_TITLE_TAIL_MAX = 20;
/** Heading lines: a numbered item's line holds at most this many characters, any heading at most the second. */
export const ITEM_MAX_CHARS = 36;
export const HEADING_MAX_CHARS = 40;

/*
 * Appendix A's columns (measured without letter-spacing, which justified lines spread to the column edge).
 */

/**
 * A wrapped department's first line fills its ≈11-unit column (6555, 6983, 7452, 7463); the 名称 line
 * before it is either wider (6563, 6573) or a short tail (6586 `(２０２２修订)`, 7450, 7461).
 */
export const APPENDIX_A_DEPARTMENT_LINE = { min: 10, max: 12 };
/** 文号 lines hold ≤ ~12 units (6911 `国家互联网信息办公室、`); a 名称 line that follows a bare date runs to ≈16. */
export const APPENDIX_A_MAX_DOC_NO_WIDTH = 14;
