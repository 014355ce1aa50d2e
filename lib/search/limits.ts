/**
 * How long a query may be, in one dependency-free module so the header box (a client island) can
 * enforce the same cap as the server without bundling the query parser.
 */

/**
 * The query is cut to this many UTF-8 bytes: percent-encoded that is at most 900 URL characters,
 * which fits any browser, proxy and Node's 16 KB header limit with room to spare. 100 CJK characters.
 */
export const MAX_QUERY_BYTES = 300;
/** The same cap in UTF-16 units for an HTML `maxlength` (a BMP character is at most 3 bytes). */
export const MAX_QUERY_LENGTH = MAX_QUERY_BYTES / 3;

/** The longest prefix of `raw` (whole code points) that fits in `maxBytes` of UTF-8. */
export function truncateToBytes(raw: string, maxBytes = MAX_QUERY_BYTES): { text: string; truncated: boolean } {
  let bytes = 0;
  let end = 0;
  for (const cp of raw) {
    const size = utf8Bytes(cp.codePointAt(0)!);
    if (bytes + size > maxBytes) return { text: raw.slice(0, end), truncated: true };
    bytes += size;
    end += cp.length;
  }
  return { text: raw, truncated: false };
}

/** UTF-8 length of one code point (a lone surrogate is sent as U+FFFD: 3 bytes). */
function utf8Bytes(code: number): number {
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}
