import { removeLetterSpacing } from './letter-spacing';

/**
 * Joining the wrapped lines of one appendix-A cell (parse-appendix-a.ts cuts the rows). Two kinds of
 * space meet here: the letter-spacing of justified lines (中华人 民 共 和 国), which goes, and the
 * single space the source sets between co-issuing departments (交通运输部 铁路局 民航局), which stays.
 * Two places where the first looks like the second:
 * - a name wrapped right after its first character leaves that character alone at the line's end
 *   (7163 `交通运输部 铁路局 民航局 邮政局 国` ⏎ `铁集团关于…`; 7353 `部 广电总局` at a line start):
 *   a single character beside a longer word at a line's edge is the edge of a name, not spacing;
 * - a line that ends exactly between two names loses the space altogether (`…商务部` ⏎ `财政部…`):
 *   where the names on both sides are ones the column shows standing alone elsewhere, it comes back.
 */
const CJK_END = /[^\x00-\x7f]$/;
const CJK_START = /^[^\x00-\x7f]/;
const single = (word: string | undefined) => word !== undefined && [...word].length === 1 && CJK_START.test(word);
const longer = (word: string | undefined) => word !== undefined && [...word].length > 1 && CJK_END.test(word) && CJK_START.test(word);

/** Removes letter-spacing from one line, keeping the space beside a name's first or last character at its edges. */
export function despaceLine(line: string): string {
  const words = line.trim().split(/ +/).filter(Boolean);
  if (words.length < 2) return removeLetterSpacing(words.join(' '));
  const n = words.length;
  const keepHead = single(words[0]) && longer(words[1]);
  const keepTail = single(words[n - 1]) && longer(words[n - 2]);
  const middle = removeLetterSpacing(words.slice(keepHead ? 1 : 0, keepTail ? n - 1 : n).join(' '));
  return [keepHead ? words[0] : '', middle, keepTail ? words[n - 1] : ''].filter(Boolean).join(' ');
}

/** Department names the cells show whole: a word with a space after it that starts its cell or has a space before it too. */
export function namesShownAlone(cells: readonly (readonly string[])[]): Set<string> {
  const names = new Set<string>();
  for (const lines of cells) {
    lines.forEach((line, i) => {
      const words = despaceLine(line).split(' ');
      words.forEach((word, k) => {
        const hasAfter = k < words.length - 1;
        const hasBefore = k > 0 || i === 0;
        if (hasAfter && hasBefore && words.length > 1) names.add(word.replace(/等$/, ''));
      });
    });
  }
  names.delete('');
  return names;
}

/** Joins a cell's lines: CJK needs no space, two Latin words do, and so do two names shown alone elsewhere. */
export function joinCellLines(lines: readonly string[], names: ReadonlySet<string>): string {
  let out = '';
  for (const raw of lines) {
    const piece = despaceLine(raw);
    if (!piece) continue;
    const lastWord = out.split(' ').pop() ?? '';
    const firstWord = piece.split(' ')[0]!;
    const betweenNames = names.has(lastWord) && [...names].some((name) => firstWord.startsWith(name));
    const latin = /[A-Za-z]$/.test(out) && /^[A-Za-z]/.test(piece);
    out += out && (latin || betweenNames) ? ` ${piece}` : piece;
  }
  return out;
}
