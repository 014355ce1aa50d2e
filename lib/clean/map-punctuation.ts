/**
 * The extractor emitted Chinese punctuation as ASCII (, . : ; ( ) !) and book-title marks as Latin
 * guillemets. Map them back, except between two Latin letters/digits (a Latin run: "Inc., Ltd") —
 * digits are still full width here, so an ASCII "." between digits cannot occur (no decimal survived).
 */
const MAP: Record<string, string> = { ',': '，', '.': '。', ':': '：', ';': '；', '!': '！', '(': '（', ')': '）' };
const LATIN = /[A-Za-z0-9]/;

export function mapPunctuation(text: string): string {
  let out = '';
  const chars = [...text];
  chars.forEach((ch, i) => {
    const mapped = MAP[ch];
    if (!mapped) {
      out += ch;
      return;
    }
    if (ch !== '(' && ch !== ')') {
      const before = chars[i - 1] ?? '';
      // Look past a run of ASCII marks: "Co.,Ltd" is one Latin run.
      let k = i + 1;
      while (k < chars.length && /[,.;:]/.test(chars[k])) k += 1;
      const after = chars[k] ?? '';
      // "Inc.," "TEU, and" stay ASCII inside Latin; "Latin." at the end of a Chinese sentence is 。
      if (LATIN.test(before) && (LATIN.test(after) || after === ' ')) {
        out += ch;
        return;
      }
    }
    out += mapped;
  });
  return out
    .replace(/«/g, '《')
    .replace(/»/g, '》')
    .replace(/‹/g, '〈')
    .replace(/›/g, '〉')
    .replace(/—{3}/g, '——');
}
