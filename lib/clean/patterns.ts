import { REPORT_PARTS } from '../content/parts';

/** Source-text patterns shared by several passes (facts about this extraction, see SOURCE-NOTES.md). */

/**
 * The letters of the appendices that are running text, from the parts list: their case headings start
 * with the letter (B１ group, B１１ case, C６２). Appendix A is one table and has none.
 */
export const CASE_LETTERS = REPORT_PARTS.filter((p) => p.kind === 'appendix' && p.layout !== 'table').map((p) => String(p.number));
/** A line that opens with a heading number: full-width digits, or a case letter. */
export const HEADING_START = new RegExp(`^[０-９${CASE_LETTERS.join('')}]`);

export const FULL_DIGIT = '[０-９]';
export const CIRCLED = '[①-⑳]';
export const CIRCLED_MARKERS = /[①-⑳]/g;

/** ① → 1 */
export function circledValue(marker: string): number {
  return marker.codePointAt(0)! - 0x2460 + 1;
}

/** ４３８３ → 4383 (full-width digits only). */
export function fullDigitsToNumber(digits: string): number {
  return Number([...digits].map((d) => d.codePointAt(0)! - 0xff10).join(''));
}

/** 图１Ｇ１\u3000title, 表５Ｇ１\u3000title, 专栏５Ｇ１\u3000title (the separator is sometimes missing). */
export const CAPTION = /^(图|表|专栏)([０-９]+)Ｇ([０-９]+)[\u3000 ]?(.*)$/;
/** 数据来源: / 资料来源: starting a line closes a figure, table or box. */
export const SOURCE_LINE = /^[\u3000\s]*(数据来源|资料来源)[:：]/;
/** A bare footnote marker alone on its line (a page-foot marker block). */
export const BARE_MARKER = /^\s*([①-⑳])\s*$/;
/** An inline footnote body: marker, space, text. */
export const INLINE_NOTE = /^\s*([①-⑳])\s+(\S.*)$/;
/** Things only footnote bodies carry: citations, URLs, page references, dates of issue, estimates. */
export const CITATION_HINT = /\[EB\/OL\]|EB\/OL\]|https?:|www|第[０-９]+页|[０-９]+年[０-９]+月|测算|载\s*«/;
export const CONTINUED_TABLE = /^续[\u3000\s]*表$/;
/**
 * A note line that is the tail of a URL whose beginning the extraction lost: letters, digits and URL
 * punctuation only, long enough not to be a word (4833 `dd３２fa５e５７e２０b０a７e８e３bfd４２.`).
 */
export const URL_TAIL = /^[0-9A-Za-z０-９Ｇ_\-/=&%#?]{12,}[.．]?$/;
