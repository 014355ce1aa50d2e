import type { RawPart } from './split-parts';
import { HEADING_MAX_CHARS, ITEM_MAX_CHARS } from './page-geometry';
import { fullDigitsToNumber } from './patterns';

export interface HeadingLine {
  index: number;
  level: 2 | 3 | 4;
  /** The printed number with its dots restored: "1.1", "1.1.1", "1" (items), "B1", "B1.1". */
  number: string;
  /** Raw title text after the number (a wrapped case title already joined). */
  title: string;
  /** How many extra source lines the title used (wrapped appendix case titles). */
  extraLines: number;
}

const SECTION = /^([１-９])([１-９])([１-９])?[\u3000\s]*(?=[\u4e00-\u9fff“«])(.+)$/;
const ITEM = /^([１-９])[\u3000\s]*(?=[\u4e00-\u9fff“«])(.+)$/;
/** An appendix case heading starts with the part's own letter (B１ group, B１１ case), from parts.ts. */
const caseHeading = (letter: string) => new RegExp(`^(${letter})([１-９])([１-９]?)[\\u3000\\s]+(.+)$`);
/** A heading number is never followed by a unit or a date word: that is a number inside a sentence (１２月). */
const NOT_AN_ITEM = /^[年月日万亿个％家号所名部项件次人位元倍批条类种]/;
/** Without the ideographic space after it, `１２月` is a date in a sentence, not section 1.2. */
const NOT_A_SECTION = /^[年月日号万亿％个家]/;
const SENTENCE_END = /[.。!?！？;；,，]$/;
const ITEM_MAX_WIDTH = ITEM_MAX_CHARS;

/**
 * Finds the numbered headings whose dots the extraction dropped (１１１ = 1.1.1). A candidate only
 * counts when it continues the numbering (x.y.(z+1) after x.y.z, x.(y+1) after x.y, items restart at 1
 * under each section): that is what tells a heading from a table row `１１ 俄罗斯` or a line `１２月…`.
 */
export function findHeadings(part: RawPart, skip: (i: number) => boolean = () => false): HeadingLine[] {
  const found: HeadingLine[] = [];
  const chapter = part.spec.kind === 'chapter' ? Number(part.spec.number) : null;
  let y = 0;
  let z = 0;
  let item = 0;
  let group = 0;
  let caseNo = 0;
  const lines = part.lines;
  const caseLine = part.spec.kind === 'appendix' ? caseHeading(String(part.spec.number)) : null;
  for (let i = 0; i < lines.length; i++) {
    if (skip(i)) continue;
    const text = lines[i].text.trim();
    if (text.length > HEADING_MAX_CHARS || SENTENCE_END.test(text)) continue;
    if (chapter !== null) {
      const m = SECTION.exec(text);
      if (m && fullDigitsToNumber(m[1]) === chapter && (text.includes('\u3000') || !NOT_A_SECTION.test(m[4]))) {
        const b = fullDigitsToNumber(m[2]);
        const c = m[3] ? fullDigitsToNumber(m[3]) : null;
        if (c === null && b === y + 1) {
          y = b;
          z = 0;
          item = 0;
          found.push({ index: i, level: 2, number: `${chapter}.${b}`, title: m[4], extraLines: 0 });
          continue;
        }
        if (c !== null && b === y && c === z + 1) {
          z = c;
          item = 0;
          found.push({ index: i, level: 3, number: `${chapter}.${b}.${c}`, title: m[4], extraLines: 0 });
          continue;
        }
      }
    } else if (caseLine) {
      const m = caseLine.exec(text);
      if (m) {
        const g = fullDigitsToNumber(m[2]);
        const c = m[3] ? fullDigitsToNumber(m[3]) : null;
        if (c === null && g === group + 1) {
          group = g;
          caseNo = 0;
          item = 0;
          found.push({ index: i, level: 2, number: `${m[1]}${g}`, title: m[4], extraLines: 0 });
          continue;
        }
        if (c !== null && g === group && c === caseNo + 1) {
          caseNo = c;
          item = 0;
          const heading: HeadingLine = { index: i, level: 3, number: `${m[1]}${g}.${c}`, title: m[4], extraLines: 0 };
          // Case titles wrap onto a short, unnumbered, unindented line; the case text starts indented.
          const next = lines[i + 1];
          if (
            next &&
            !/^[\u3000]/.test(next.text) &&
            next.text.trim().length <= 22 &&
            !SENTENCE_END.test(next.text.trim()) &&
            !caseLine.test(next.text.trim())
          ) {
            // The wrap falls anywhere (搭建中⏎国-东盟); the clause separator is the source's own \u3000.
            heading.title += (/\u3000\s*$/.test(lines[i].text) ? '\u3000' : '') + next.text.trim();
            heading.extraLines = 1;
            i += 1;
          }
          found.push(heading);
          continue;
        }
      }
    }
    // Numbered items: only under a section (or case), restarting at 1.
    const inSection = chapter !== null ? z > 0 || y > 0 : caseNo > 0 || group > 0;
    const m = ITEM.exec(text);
    if (m && inSection && !NOT_AN_ITEM.test(m[2]) && text.length <= ITEM_MAX_WIDTH) {
      const n = fullDigitsToNumber(m[1]);
      if (n === item + 1) {
        item = n;
        found.push({ index: i, level: 4, number: String(n), title: m[2], extraLines: 0 });
      }
    }
  }
  return found;
}
