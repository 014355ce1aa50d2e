/**
 * The extractor emitted Chinese punctuation as ASCII (, . : ; ( ) !) and book-title marks as Latin
 * guillemets. Map them back, except inside a run of Latin letters ("Co.,Ltd", "TEU, and"). Digits
 * don't make a Latin run: no decimal point or thousands separator survived, so `4-1,4-2` is 4-1，4-2.
 */
const MAP: Record<string, string> = { ',': '，', '.': '。', ':': '：', ';': '；', '!': '！', '(': '（', ')': '）' };
const LATIN = /[A-Za-z]/;

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
  return out.replace(/«/g, '《').replace(/»/g, '》').replace(/‹/g, '〈').replace(/›/g, '〉').replace(/—{3}/g, '——');
}
