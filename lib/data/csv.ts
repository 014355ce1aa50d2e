import { toCsv } from '@/lib/numbers/summary';

/**
 * Excel guesses a legacy code page for a CSV without a byte-order mark and shows Chinese as mojibake;
 * with U+FEFF first it reads UTF-8. The quoting is lib/numbers' RFC 4180 writer, shared with the
 * reviewers' export.
 */
export const BOM = '\uFEFF';

export function csvWithBom(rows: readonly (readonly string[])[]): string {
  return BOM + toCsv(rows);
}
