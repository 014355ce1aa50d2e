/**
 * Citations of one place in the report, as text: GB/T 7714-2015 (what Chinese readers cite in), APA 7 and
 * BibTeX. Pure: the caller says what is cited (the locator, e.g. `第5章 专栏5-1 第2段`), where (the URL with
 * its anchor) and when it was accessed.
 *
 * Facts used, and where they come from: the author and publisher is the ministry (REPORT_PUBLISHER), the
 * preface is signed 2023年4月. The place of publication is not in the source text; GB/T 7714 marks
 * information supplied from outside the source with square brackets, hence `[北京]`, the ministry's seat.
 */
export interface CitedPlace {
  author: string;
  title: string;
  /** What inside the report is cited: `第1章 1.1.1 第1段`, `第1章 图1-1 2011-2022年全国电子商务交易额`. */
  locator: string;
  /** The online edition's address of the place, anchor included. */
  url: string;
  accessed: Date;
}

export const PUBLICATION_YEAR = 2023;
const PUBLICATION_MONTH = 'apr';
const SUPPLIED_PLACE = '[北京]';

/** `2026-12-01` in the reader's own calendar day (the day they looked, as they would write it). */
export function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** GB/T 7714-2015, electronic report: 主要责任者. 题名[R/OL]. 出版地: 出版者, 出版年: 引文位置[引用日期]. 获取和访问路径. */
export function gbt7714(p: CitedPlace): string {
  return `${p.author}. ${p.title}[R/OL]. ${SUPPLIED_PLACE}: ${p.author}, ${PUBLICATION_YEAR}: ${p.locator}[${isoDay(p.accessed)}]. ${p.url}.`;
}

/** APA 7, a report by a group author that is also its publisher (so the publisher is not repeated). */
export function apa(p: CitedPlace): string {
  return `${p.author}. (${PUBLICATION_YEAR}). ${p.title} (${p.locator}). ${p.url}`;
}

/** BibTeX braces must balance; a stray one in a title would break the whole entry. */
function bibValue(text: string): string {
  return text.replace(/[{}\\]/g, '');
}

/** A @techreport entry (BibTeX and biblatex both read it); the author is braced so it is never split as a name. */
export function bibtex(p: CitedPlace, key: string): string {
  return [
    `@techreport{${key},`,
    `  author = {{${bibValue(p.author)}}},`,
    `  title = {${bibValue(p.title)}},`,
    `  institution = {${bibValue(p.author)}},`,
    `  year = {${PUBLICATION_YEAR}},`,
    `  month = ${PUBLICATION_MONTH},`,
    `  note = {${bibValue(p.locator)}},`,
    `  url = {${bibValue(p.url)}},`,
    `  urldate = {${isoDay(p.accessed)}},`,
    '}',
  ].join('\n');
}

/** `ecommerce2022-sec-1-1-1-p1`: stable per place, so the same place always gets the same key. */
export function bibtexKey(anchor: string): string {
  return `ecommerce2022-${anchor.replace(/[^A-Za-z0-9-]/g, '')}`;
}
