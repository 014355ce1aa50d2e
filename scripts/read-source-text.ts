import fs from 'node:fs';

/**
 * Reads the source as strict UTF-8. A missing, empty or binary file, or one in another encoding
 * (the report is often found as GBK), is reported with what is wrong and where, never half-read.
 */
export function readSourceText(file: string, fail: (message: string) => never): string {
  if (!fs.existsSync(file)) fail(`${file}: no such file (the source text belongs in content/source/)`);
  const bytes = fs.readFileSync(file);
  if (bytes.length === 0) fail(`${file}: the file is empty`);
  const nul = bytes.indexOf(0);
  if (nul >= 0) fail(`${file}: binary data (NUL byte at offset ${nul}); expected UTF-8 text`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const bad = firstInvalidUtf8(bytes);
    const line = bytes.subarray(0, bad).toString('latin1').split('\n').length;
    return fail(`${file}: not valid UTF-8 (first bad byte at offset ${bad}, line ${line}); convert it, e.g. iconv -f GBK -t UTF-8`);
  }
}

/** Offset of the first byte that does not start or continue a well-formed UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i];
    const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead < 0xe0 ? 2 : lead >= 0xe0 && lead < 0xf0 ? 3 : lead >= 0xf0 && lead < 0xf5 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) if (i + k >= bytes.length || (bytes[i + k] & 0xc0) !== 0x80) return i;
    i += length;
  }
  return i;
}
