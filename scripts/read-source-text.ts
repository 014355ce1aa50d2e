import fs from 'node:fs';

/**
 * Reads the source as strict UTF-8. A missing, empty or binary file, a directory, or one in another
 * encoding (the report is often found as GBK, or saved as UTF-16 by Windows editors), is reported with
 * what is wrong and where, never half-read. Line endings are read as the file has them: LF, CRLF or a
 * lone CR (old Mac editors) all end a line, so line numbers in messages match an editor's.
 */
export function readSourceText(file: string, fail: (message: string) => never): string {
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  if (!stat) fail(`${file}: no such file (the source text belongs in content/source/)`);
  if (stat.isDirectory())
    fail(`${file}: is a directory; give the source text file itself (e.g. content/source/china-ecommerce-report-2022.txt)`);
  const bytes = fs.readFileSync(file);
  if (bytes.length === 0) fail(`${file}: the file is empty`);
  if (looksLikeUtf16(bytes)) fail(`${file}: UTF-16 text: convert with iconv -f UTF-16 -t UTF-8`);
  const nul = bytes.indexOf(0);
  if (nul >= 0) fail(`${file}: binary data (NUL byte at offset ${nul}); expected UTF-8 text`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/\r\n?/g, '\n');
  } catch {
    const bad = firstInvalidUtf8(bytes);
    const line = bytes.subarray(0, bad).toString('latin1').split('\n').length;
    return fail(`${file}: not valid UTF-8 (first bad byte at offset ${bad}, line ${line}); convert it, e.g. iconv -f GBK -t UTF-8`);
  }
}

/**
 * A UTF-16 byte-order mark, or (without one) NUL bytes in the first 4 KB nearly all at even or nearly
 * all at odd offsets: the high byte of ASCII and line breaks in UTF-16 (a CJK character such as U+3000
 * puts an odd one on the other side), where UTF-8 text has no NUL at all.
 */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) return true;
  const head = bytes.subarray(0, Math.min(bytes.length, 4096));
  let even = 0;
  let odd = 0;
  for (let i = 0; i < head.length; i++) if (head[i] === 0) i % 2 === 0 ? even++ : odd++;
  return Math.max(even, odd) >= 4 && Math.max(even, odd) >= 4 * Math.min(even, odd);
}

/** Offset of the first byte that does not start or continue a well-formed UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i];
    const length =
      lead < 0x80 ? 1 : lead >= 0xc2 && lead < 0xe0 ? 2 : lead >= 0xe0 && lead < 0xf0 ? 3 : lead >= 0xf0 && lead < 0xf5 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) if (i + k >= bytes.length || (bytes[i + k] & 0xc0) !== 0x80) return i;
    i += length;
  }
  return i;
}
