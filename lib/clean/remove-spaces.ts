/**
 * Spaces the extraction added: letter-spacing of justified lines (社会 消 费 品), side bearings before
 * opening and after closing quotes/brackets, and spaces between Chinese and Latin/digits. Only spaces
 * between two Latin words are real. In footnotes a single space also separates a citation's author
 * from its title (国家统计局 中华人民共和国…公报), so there only the bracket/quote spaces go.
 */
const ASCII_WORD = /[A-Za-z0-9]/;
const OPENING = /[“‘《〈（(\[「〔]/;
const CLOSING = /[”’》〉）)\]」〕，。：；！？、]/;

export function removeSpaces(text: string, mode: 'text' | 'note' = 'text'): string {
  const chars = [...text.replace(/\u3000/g, ' ').replace(/ {2,}/g, ' ')];
  let out = '';
  chars.forEach((ch, i) => {
    if (ch !== ' ') {
      out += ch;
      return;
    }
    const before = out[out.length - 1] ?? '';
    const after = chars[i + 1] ?? '';
    if (before === '' || after === '') return;
    if (OPENING.test(after) || CLOSING.test(before) || CLOSING.test(after) || OPENING.test(before)) return;
    if (ASCII_WORD.test(before) && ASCII_WORD.test(after)) {
      out += ' ';
      return;
    }
    // Between two Chinese words a space is kept in notes and titles, unless a single character stands
    // on one side of it: that is justified letter-spacing (推动特 色产业, 中华人 民 共 和 国).
    if (mode === 'note' && !ASCII_WORD.test(before) && !ASCII_WORD.test(after) && !isLetterSpacing(chars, i)) out += ' ';
  });
  return out;
}

/** Length of the run of non-space characters ending before / starting after the space at `i`. */
function isLetterSpacing(chars: readonly string[], i: number): boolean {
  let left = 0;
  for (let k = i - 1; k >= 0 && chars[k] !== ' '; k--) left += 1;
  let right = 0;
  for (let k = i + 1; k < chars.length && chars[k] !== ' '; k++) right += 1;
  return left === 1 || right === 1;
}
