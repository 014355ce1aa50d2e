/**
 * The RSC payload Next inlines into a prerendered page (`<script>self.__next_f.push([1,"…"])</script>`):
 * read it out of the HTML and write it back. A chapter page sends its article twice, once as HTML and
 * once inside this payload (a `T` text row of ~200 KB) so that React could re-create it; the article is
 * already in the document, so the copy in the document's own payload can go (see slim-article.ts).
 *
 * Format (React Flight as Next streams it): rows `<hex id>:<JSON>\n`, and text rows
 * `<hex id>:T<hex UTF-8 byte length>,<text>` with no newline after the text. Next splits the stream into
 * any number of push calls, so a row may span two of them.
 */

const PUSH = /<script>self\.__next_f\.push\((\[[\s\S]*?\])\)<\/script>/g;

export interface InlinePayload {
  /** The payload's rows, every type-1 push joined in order. */
  flight: string;
  /** Where the pushes sit in the HTML: [start, end) of each `<script>` element. */
  spans: [number, number][];
}

export class PayloadFormatError extends Error {}

export function readInlinePayload(html: string): InlinePayload {
  const spans: [number, number][] = [];
  let flight = '';
  for (const match of html.matchAll(PUSH)) {
    const call = JSON.parse(match[1]) as unknown[];
    // [0] opens the stream; [1, text] carries rows. Anything else (form state, binary chunks) is not
    // something this rewrite understands, so it refuses rather than guess.
    if (call[0] === 0 && call.length === 1) continue;
    if (call[0] !== 1 || typeof call[1] !== 'string')
      throw new PayloadFormatError(`an inline push of an unknown kind: ${match[1].slice(0, 40)}`);
    flight += call[1];
    spans.push([match.index, match.index + match[0].length]);
  }
  if (!spans.length) throw new PayloadFormatError('the page has no inline RSC payload');
  return { flight, spans };
}

/** A string as Next writes it into an inline script: JSON, with what could end or confuse a script escaped. */
function scriptString(text: string): string {
  return JSON.stringify(text)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** The HTML with its payload replaced by `flight`, as one push where the first one was. */
export function writeInlinePayload(html: string, payload: InlinePayload, flight: string): string {
  let out = '';
  let at = 0;
  payload.spans.forEach(([start, end], i) => {
    out += html.slice(at, start);
    if (i === 0) out += `<script>self.__next_f.push([1,${scriptString(flight)}])</script>`;
    at = end;
  });
  return out + html.slice(at);
}

export interface TextRow {
  id: string;
  text: string;
  /** [start, end) of the whole row in the payload, in UTF-16 units (the payload is a JS string). */
  start: number;
  end: number;
}

/** The text row with this id, or undefined when the payload has none. */
export function findTextRow(flight: string, id: string): TextRow | undefined {
  const header = new RegExp(`(?:^|\\n)(${id}):T([0-9a-f]+),`).exec(flight);
  if (!header) return undefined;
  const start = header.index + (flight[header.index] === '\n' ? 1 : 0);
  const textStart = header.index + header[0].length;
  const byteLength = Number.parseInt(header[2], 16);
  // The length counts UTF-8 bytes: walk code points until that many bytes are covered.
  let bytes = 0;
  let end = textStart;
  while (bytes < byteLength && end < flight.length) {
    const code = flight.codePointAt(end) as number;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    end += code >= 0x10000 ? 2 : 1;
  }
  if (bytes !== byteLength) throw new PayloadFormatError(`text row ${id} is cut short (${bytes} of ${byteLength} bytes)`);
  return { id, text: flight.slice(textStart, end), start, end };
}

/** The payload with one text row's text replaced by an empty string (a plain JSON row, newline-ended). */
export function emptyTextRow(flight: string, row: TextRow): string {
  return `${flight.slice(0, row.start)}${row.id}:""\n${flight.slice(row.end)}`;
}
