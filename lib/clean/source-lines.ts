/**
 * The line model every cleaning pass works on. The extractor put a blank line after every visual line,
 * so blank lines carry no paragraph meaning; what they do tell is kept as numbers on the next line:
 * how many blanks preceded it (0 = "tight", as inside footnote bodies; 3 = the gap after a page foot).
 */
export interface SourceLine {
  /** 1-based line number in the source file, for error messages and reports. */
  no: number;
  /** The text without the single leading space the extractor used as a block-start mark. */
  text: string;
  /** The line started with one ASCII space: the first line of a text block (page top, caption, note). */
  blockStart: boolean;
  /** Blank lines right before this line. */
  blanksBefore: number;
  /** Set by dropPageFurniture on the line after removed furniture (page number, running header, chart). */
  afterFurniture?: boolean;
}

export function toSourceLines(text: string): SourceLine[] {
  const lines: SourceLine[] = [];
  let blanks = 0;
  // CRLF and a lone CR (old Mac editors) end a line as LF does.
  text.split(/\r\n?|\n/).forEach((raw, i) => {
    if (raw.trim() === '') {
      blanks += 1;
      return;
    }
    const blockStart = /^ [^ ]/.test(raw);
    lines.push({ no: i + 1, text: blockStart ? raw.slice(1) : raw, blockStart, blanksBefore: blanks });
    blanks = 0;
  });
  return lines;
}
