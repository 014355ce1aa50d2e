/**
 * The parts the report must contain, in reading order. Declared once: the content build uses it to
 * recognise a truncated or damaged source, the app uses it for slugs and titles.
 */
export type PartKind = 'preface' | 'chapter' | 'appendix';

export interface PartSpec {
  slug: string;
  order: number;
  kind: PartKind;
  /** 1–9 for chapters, 'A'–'C' for appendices, null for the preface. */
  number: number | string | null;
  /** How the part is labelled in running text and headings: 第1章, 附录A, 前言. */
  label: string;
  /** 'table': the part is one table (appendix A, a list of laws), not running text. */
  layout?: 'text' | 'table';
}

const chapterNumbers = [1, 2, 3, 4, 5, 6, 7, 8, 9];
const appendixLetters = ['A', 'B', 'C'];

export const REPORT_PARTS: readonly PartSpec[] = [
  { slug: 'preface', order: 0, kind: 'preface', number: null, label: '前言' },
  ...chapterNumbers.map((n) => ({ slug: String(n), order: n, kind: 'chapter' as const, number: n, label: `第${n}章` })),
  ...appendixLetters.map((letter, i) => ({
    slug: `appendix-${letter.toLowerCase()}`,
    order: 10 + i,
    kind: 'appendix' as const,
    number: letter,
    label: `附录${letter}`,
    ...(letter === 'A' ? { layout: 'table' as const } : {}),
  })),
];

export const REPORT_TITLE = '中国电子商务报告2022';
export const REPORT_PUBLISHER = '中华人民共和国商务部';
