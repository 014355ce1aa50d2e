/**
 * Letter-spacing from justified setting: spaces between non-ASCII characters where a single character
 * stands on at least one side (中华人 民 共 和 国). A space between two longer words is the source's own
 * separator between co-issuing departments (发展改革委 商务部) and stays.
 */
export function removeLetterSpacing(text: string): string {
  const words = text.trim().split(/ +/);
  let out = words[0] ?? '';
  for (let i = 1; i < words.length; i++) {
    const left = words[i - 1];
    const right = words[i];
    const cjkJoin = /[^\x00-\x7f]$/.test(left) && /^[^\x00-\x7f]/.test(right);
    const spaced = [...left].length === 1 || [...right].length === 1;
    out += cjkJoin && spaced ? right : ` ${right}`;
  }
  return out;
}
