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

function firstInvalidUtf8(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let lo = 0;
  let hi = bytes.length;
  // Binary search for the shortest invalid prefix (a cut inside a valid multibyte char also fails,
  // so widen by 3 bytes before judging).
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    try {
      decoder.decode(bytes.subarray(0, Math.min(bytes.length, mid + 4)), { stream: true });
      lo = mid + 1;
    } catch {
      hi = mid;
    }
  }
  return lo;
}
