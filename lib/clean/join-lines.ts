import { displayWidth } from './source-lines';

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
const ENDS_SENTENCE = /[.!?:。！？：;；]\s*[”’»)]?$/;

/**
 * Does `line` start a new paragraph after `previous`? The printed paragraphs lost their indent, so the
 * only evidence is geometry: a paragraph ends on a sentence mark, and either its last line is short or
 * the next line is about two columns shorter than a full line (the lost two-character indent).
 */
export function startsParagraph(previous: string, line: string, fullWidth: number): boolean {
  if (/^\u3000\u3000/.test(line)) return true;
  const before = displayWidth(previous.trim());
  // Wrapping only ever leaves a short line at a paragraph's end (or a signature line).
  if (before < fullWidth - 6) return true;
  if (!ENDS_SENTENCE.test(previous.trim())) return false;
  if (before < fullWidth - 1) return true;
  const width = displayWidth(line.trim());
  // A short line is a paragraph's last line, which ends on a sentence mark; without one after a
  // finished sentence it stands alone (the preface's signature: 报告编写组 / 2023年4月).
  if (width < fullWidth - 3.2 && !ENDS_SENTENCE.test(line.trim())) return true;
  return width >= fullWidth - 3.2 && width < fullWidth - 1;
}
