/**
 * Raw input (anything: a URL parameter, a CLI argument) → the words every result must contain and
 * the words no result may contain. Never throws: bad input yields no terms.
 *
 * Syntax (documented to readers in app/components/search/query-help.tsx):
 * - space, `，` and `、` separate words; every word must occur (AND);
 * - `"…"`, `“…”`, `「…」`, `『…』` make one phrase, spaces and separators included; a quoted phrase is
 *   searched exactly as typed (no equivalent forms), and an unclosed quote runs to the end;
 * - `-词` (or `-"短语"`) excludes units containing it; a query of exclusions only excludes nothing,
 *   so its words are searched literally (`-1` is then the text "-1");
 * - anything else is literal text, `《》` and `()` included.
 * The query is converted from traditional to simplified characters (the report is printed in
 * simplified only, and the conversion leaves its text unchanged), then normalised like the text.
 */
import { toSimplified } from '@/lib/text/to-simplified';
import { truncateToBytes } from './limits';
import { normalizeQuery } from './normalize';

export { MAX_QUERY_BYTES, MAX_QUERY_LENGTH, truncateToBytes } from './limits';

export interface QueryWord {
  text: string;
  /** Typed inside quotes: matched exactly as typed, never through an equivalent form. */
  phrase: boolean;
}

export interface ParsedQuery {
  /** Normalised query after truncation and conversion to simplified characters. */
  query: string;
  /** The words and phrases every result contains (as typed, normalised). */
  terms: string[];
  words: QueryWord[];
  /** Words no result contains. */
  exclude: QueryWord[];
  truncated: boolean;
  /** Whether traditional characters were converted. */
  simplified: boolean;
}

const ASCII = /^[\x00-\x7f]*$/;

/** Opening quote → its closing quote. `"` closes itself. */
const QUOTES: Record<string, string> = { '"': '"', '“': '”', '「': '」', '『': '』' };
/** `，` is `,` after normalisation. */
const SEPARATORS = new Set([' ', ',', '、']);

/**
 * One word of Chinese characters, Latin letters and digits (most queries): normalising only folds
 * its capitals and it has no syntax, so it is its own single word. At most 100 characters,
 * which is within the byte cap (3 bytes each at most).
 */
const PLAIN_WORD = /^[\u4e00-\u9fffa-zA-Z0-9]{1,100}$/;

export function parseQuery(input: unknown): ParsedQuery {
  const raw = typeof input === 'string' ? input : Array.isArray(input) ? String(input[0] ?? '') : '';
  if (PLAIN_WORD.test(raw)) {
    const converted = ASCII.test(raw) ? raw : toSimplified(raw);
    // Normalising such a word only folds Latin capitals (RCEP → rcep).
    const query = converted.toLowerCase();
    return { query, terms: [query], words: [{ text: query, phrase: false }], exclude: [], truncated: false, simplified: converted !== raw };
  }
  const { text: cut, truncated } = truncateToBytes(raw);
  // ASCII has no traditional characters: most Latin and digit queries skip the converter.
  const converted = ASCII.test(cut) ? cut : toSimplified(cut);
  const query = normalizeQuery(converted);
  const words: QueryWord[] = [];
  const exclude: QueryWord[] = [];
  for (const piece of splitQuery(query)) {
    const target = piece.negated ? exclude : words;
    if (!target.some((w) => w.text === piece.text && w.phrase === piece.phrase)) target.push({ text: piece.text, phrase: piece.phrase });
  }
  // Nothing to exclude from: the reader meant the text itself (a negative number, a dash).
  if (words.length === 0 && exclude.length > 0) {
    for (const w of exclude) if (!words.some((x) => x.text === `-${w.text}`)) words.push({ text: `-${w.text}`, phrase: w.phrase });
    exclude.length = 0;
  }
  // Pushed, not map()ped: map() makes a holey array where the fast path's literal is packed, and
  // code reading both kinds (rank.ts joins the words) kept deoptimising on the switch.
  const terms: string[] = [];
  for (const w of words) terms.push(w.text);
  return { query, terms, words, exclude, truncated, simplified: converted !== cut };
}

interface Piece {
  text: string;
  phrase: boolean;
  negated: boolean;
}

function splitQuery(query: string): Piece[] {
  const pieces: Piece[] = [];
  let word = '';
  const flush = () => {
    const negated = word.length > 1 && word.startsWith('-');
    const text = (negated ? word.slice(1) : word).trim();
    if (text) pieces.push({ text, phrase: false, negated });
    word = '';
  };
  const chars = Array.from(query);
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    const close = QUOTES[ch];
    if (close) {
      // `-"…"` excludes the phrase; any other text before the quote is a word of its own.
      const negated = word === '-';
      if (negated) word = '';
      else flush();
      let j = i + 1;
      let phrase = '';
      while (j < chars.length && chars[j] !== close) phrase += chars[j++];
      const text = phrase.trim();
      if (text) pieces.push({ text, phrase: true, negated });
      i = j;
    } else if (SEPARATORS.has(ch)) {
      flush();
    } else {
      word += ch;
    }
  }
  flush();
  return pieces;
}
