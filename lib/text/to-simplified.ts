/**
 * Traditional → simplified Chinese for what a reader types (電子商務 → 电子商务). The report is printed in
 * simplified characters only, so converting the query (never the text) is enough for search and the
 * find bar. OpenCC's t2cn build carries only the traditional→mainland tables, which keeps the client
 * bundle small; the converter is built once per module.
 */
import * as OpenCC from 'opencc-js/t2cn';

const convert = OpenCC.Converter({ from: 't', to: 'cn' });

export function toSimplified(text: string): string {
  return convert(text);
}
