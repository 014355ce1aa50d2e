/**
 * Full-width digits, Latin letters and symbols become ASCII; the Chinese punctuation that belongs in
 * full width (，。：；！？（）) is left alone. `Ｇ` was the extractor's hyphen. NFKC is not used: it
 * would also turn …, ① and the ideographic space into something else.
 */
const KEEP_FULL = new Set(['，', '：', '；', '！', '？', '（', '）']);

export function foldWidth(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (ch === 'Ｇ') out += '-';
    else if (code >= 0xff01 && code <= 0xff5e && !KEEP_FULL.has(ch)) out += String.fromCodePoint(code - 0xfee0);
    else out += ch;
  }
  return out;
}

/** `＜…＞` inside a book title «…» are the inner title marks 〈…〉; elsewhere `－＞` is an arrow. */
export function innerTitleMarks(text: string): string {
  return text.replace(/«[^«»]*»/g, (title) => title.replace(/＜/g, '〈').replace(/＞/g, '〉'));
}
