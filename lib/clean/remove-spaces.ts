import { removeLetterSpacing } from './letter-spacing';

/**
 * Spaces the extraction added: letter-spacing of justified lines (社会 消 费 品), side bearings before
 * opening and after closing quotes/brackets, and spaces between Chinese and Latin/digits. Only spaces
 * between two Latin words are real. In footnotes a single space also separates a citation's author
 * from its title (国家统计局 中华人民共和国…公报), so there only the bracket/quote spaces go.
 */
const ASCII_WORD = /[A-Za-z0-9]/;
const OPENING = /[“‘《〈（([「〔]/;
const CLOSING = /[”’》〉）)\]」〕，。：；！？、]/;

export function removeSpaces(text: string, mode: 'text' | 'note' = 'text'): string {
  const spaced = text.replace(/\u3000/g, ' ').replace(/ {2,}/g, ' ');
  // In notes and titles only letter-spacing goes between Chinese words; in running text every such space.
  const chars = [...(mode === 'note' ? removeLetterSpacing(spaced) : spaced)];
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
    if (mode === 'note' && !ASCII_WORD.test(before) && !ASCII_WORD.test(after)) out += ' ';
  });
  return out;
}
