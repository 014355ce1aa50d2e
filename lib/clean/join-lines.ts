import { CLOSE_CALL, FIRST_LINE_INDENT, INDENT_THRESHOLD, isSpreadLine, printedWidth, SHORT_FIRST_LINE, SHORT_LINE } from './page-geometry';

const LATIN_END = /[A-Za-z]$/;
const LATIN_START = /^[A-Za-z]/;
/**
 * At a line end, Ｇ between two Latin letters was a hyphen: a soft one splitting a word
 * (ModelArＧ⏎ts = ModelArts, MachＧ⏎mall = Machmall) or a real one joining two words
 * (ClarkesonＧ⏎track = Clarkeson-track). Only whole words on both sides tell; with no dictionary,
 * two runs of five or more letters are taken as words.
 */
const SOFT_HYPHEN = /([A-Za-z]+)Ｇ$/;
const WORD_LENGTH = 5;

/** Joins a wrapped line to the text before it: no space in Chinese, one space between Latin words. */
export function joinWrapped(before: string, line: string): string {
  const next = line.replace(/^[\u3000 ]+/, '');
  const hyphen = SOFT_HYPHEN.exec(before);
  if (hyphen && LATIN_START.test(next)) {
    const nextWord = /^[A-Za-z]+/.exec(next)![0];
    const joined = hyphen[1].length >= WORD_LENGTH && nextWord.length >= WORD_LENGTH ? '-' : '';
    return before.slice(0, -1) + joined + next;
  }
  if (LATIN_END.test(before) && LATIN_START.test(next)) return `${before} ${next}`;
  return before + next;
}

/** Sentence-final marks as the extractor left them (ASCII for 。！？：), optionally before a closing quote. */
export const ENDS_SENTENCE = /[.!?:。！？：;；]\s*[”’»)]?$/;
const CLAUSE_END = /[;；]\s*[”’»)]?$/;

/** Which piece of evidence settled a paragraph boundary (or its absence); the build report counts them. */
export type ParagraphRule =
  /** The line keeps its printed indent (\u3000\u3000: boxes, case texts). */
  | 'indent-kept'
  /** The line before is far short of the full width: a paragraph's last line. */
  | 'short-line'
  /** The line before does not end a sentence: the paragraph goes on. */
  | 'mid-sentence'
  /** The line before ends a sentence short of the full width: a paragraph's last line. */
  | 'last-line-short'
  /** The line is about two columns short of a full line: the lost first-line indent. */
  | 'first-line-indent'
  /** A short line without a sentence end after a finished sentence stands alone (a signature). */
  | 'stands-alone'
  /** A short line ending a sentence after a finished full one is the paragraph's last line. */
  | 'last-line-follows'
  /** The line before ends a sentence at full width and this line is full width too: the print runs on. */
  | 'full-line-runs-on';

export interface ParagraphDecision {
  starts: boolean;
  rule: ParagraphRule;
  /** The widths left the decision within a fraction of a column of the threshold. */
  close: boolean;
}

/**
 * Does `line` start a new paragraph after `previous`? The printed paragraphs lost their indent, so the
 * only evidence is geometry: a paragraph ends on a sentence mark, and either its last line is short or
 * the next line is about two columns shorter than a full line (the lost two-character indent). A full
 * line after a finished sentence continues the paragraph. `fullWidth` is the region's own (see
 * regionFullWidth): body text, boxes and the preface were set to different measures.
 */
/** A spread (letter-spaced) line fills the measure whatever its characters add up to. */
const measured = (text: string, fullWidth: number) => (isSpreadLine(text) ? fullWidth : printedWidth(text.trim()));

export function paragraphBreak(previous: string, line: string, fullWidth: number, previousIsFirstLine = false): ParagraphDecision {
  const decide = (starts: boolean, rule: ParagraphRule, close = false) => ({ starts, rule, close });
  if (/^\u3000\u3000/.test(line)) return decide(true, 'indent-kept');
  // A paragraph's first line is full when it reaches the measure less the indent.
  const before = measured(previous, fullWidth) + (previousIsFirstLine ? FIRST_LINE_INDENT : 0);
  // Wrapping only ever leaves a short line at a paragraph's end (or a signature line).
  if (before < fullWidth - SHORT_LINE) return decide(true, 'short-line');
  if (!ENDS_SENTENCE.test(previous.trim())) return decide(false, 'mid-sentence');
  const lastShort = fullWidth - INDENT_THRESHOLD - before;
  if (lastShort > 0) return decide(true, 'last-line-short', lastShort < CLOSE_CALL);
  // A semicolon joins the clauses of one sentence: after a full line it goes on (6078 `…展览;` ⏎
  // `联合杭州市…`, a list of one province's actions); it ends a paragraph only on a short line.
  if (CLAUSE_END.test(previous.trim())) return decide(false, 'mid-sentence');
  const width = measured(line, fullWidth);
  // A short line is a paragraph's last line, which ends on a sentence mark; without one after a
  // finished sentence it stands alone (the preface's signature: 报告编写组 / 2023年4月).
  if (width < fullWidth - SHORT_FIRST_LINE) {
    return ENDS_SENTENCE.test(line.trim()) ? decide(false, 'last-line-follows') : decide(true, 'stands-alone');
  }
  const indent = fullWidth - INDENT_THRESHOLD - width;
  const close = Math.abs(indent) < CLOSE_CALL || lastShort > -CLOSE_CALL;
  return indent > 0 ? decide(true, 'first-line-indent', close) : decide(false, 'full-line-runs-on', close);
}

export const PARAGRAPH_RULES: readonly ParagraphRule[] = [
  'indent-kept',
  'short-line',
  'mid-sentence',
  'last-line-short',
  'first-line-indent',
  'stands-alone',
  'last-line-follows',
  'full-line-runs-on',
];

export function startsParagraph(previous: string, line: string, fullWidth: number, previousIsFirstLine = false): boolean {
  return paragraphBreak(previous, line, fullWidth, previousIsFirstLine).starts;
}
