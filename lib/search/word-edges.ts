/**
 * Whether an occurrence of a query form in the body is cut out of longer words: 电子商务法 inside
 * 电子商务法律 reads 电子商务|法律, so the text is about law in general, not the E-Commerce Law. The
 * artifact keeps word boundaries for headings only (build.ts `wordBounds`); for the body we ask the
 * index's own vocabulary, which holds exactly the words the segmenter cut from this report:
 * - the end is cut when a report word starts on the hit's last character and runs past it (法律),
 *   and the rest of the hit before that character is itself a report word (电子商务);
 * - the start likewise (a word ends on the hit's first character, and the rest of the hit is a word).
 * Requiring the rest to be a whole word keeps chance overlaps out: in 电商品牌 (电商|品牌) 商品 is a
 * report word, but 电 is no word of two characters. When the form is a report word itself and a word
 * follows it (电子商务法|规定), that reading wins over 电子商务|法规. Only a ranking signal: membership
 * never depends on it.
 */
import type { Vocabulary } from './segment';

/** Crossing words longer than this are rare and only cost lookups. */
const MAX_WORD = 4;
const CJK_WORD = /^[\u4e00-\u9fff]{2,}$/;

/**
 * Per character: the report words (2–4 characters) that start / end with it, minus that character,
 * by length, each rest as its UTF-16 units packed into one number (`packed`): the check on a hit then
 * reads the text's code units instead of slicing a string per hit and hashing it.
 */
interface Overhangs {
  after: Map<string, Map<number, Set<number>>>;
  before: Map<string, Map<number, Set<number>>>;
}

/** `length` (at most 3) UTF-16 units of `text` from `at` as one number (48 bits at most: exact in a double). */
function packed(text: string, at: number, length: number): number {
  let n = 0;
  for (let i = 0; i < length; i++) n = n * 0x10000 + text.charCodeAt(at + i);
  return n;
}

const overhangs = new WeakMap<Vocabulary, Overhangs>();

/** Built from the vocabulary (~8k words) on the first query that needs it, then kept with it. */
function overhangsOf(vocab: Vocabulary): Overhangs {
  let o = overhangs.get(vocab);
  if (!o) {
    o = { after: new Map(), before: new Map() };
    for (const word of vocab.words) {
      if (word.length > MAX_WORD || !CJK_WORD.test(word)) continue;
      add(o.after, word[0], word.slice(1));
      add(o.before, word[word.length - 1], word.slice(0, -1));
    }
    overhangs.set(vocab, o);
  }
  return o;
}

function add(map: Map<string, Map<number, Set<number>>>, ch: string, rest: string): void {
  let byLength = map.get(ch);
  if (!byLength) map.set(ch, (byLength = new Map()));
  let set = byLength.get(rest.length);
  if (!set) byLength.set(rest.length, (set = new Set()));
  set.add(packed(rest, 0, rest.length));
}

/** For one form: what, found right after (before) a hit, makes a report word cross its end (start). */
export interface FormEdges {
  /** By length: the text right after the hit that completes a word starting on its last character. */
  after: Map<number, Set<number>> | null;
  /** By length: the text right before the hit that starts a word ending on its first character. */
  before: Map<number, Set<number>> | null;
  /** The form is a report word itself: a word right next to it is read as the next (previous) word. */
  isWord: boolean;
  vocab: Vocabulary;
}

export function formEdges(form: string, vocab: Vocabulary): FormEdges {
  if (form.length < 3 || !CJK_WORD.test(form)) return { after: null, before: null, isWord: false, vocab };
  const o = overhangsOf(vocab);
  return {
    after: vocab.words.has(form.slice(0, -1)) ? (o.after.get(form[form.length - 1]) ?? null) : null,
    before: vocab.words.has(form.slice(1)) ? (o.before.get(form[0]) ?? null) : null,
    isWord: vocab.words.has(form),
    vocab,
  };
}

/** Whether the hit [start, end) of a form with these edges is cut out of longer words. */
export function cutOut(text: string, start: number, end: number, edges: FormEdges): boolean {
  // A rest of `length` units never matches text shorter than that (a slice there would be shorter too).
  if (edges.after) {
    for (const [length, set] of edges.after) {
      if (end + length <= text.length && set.has(packed(text, end, length))) return !(edges.isWord && wordAt(text, end, +1, edges.vocab));
    }
  }
  if (edges.before) {
    for (const [length, set] of edges.before) {
      if (start >= length && set.has(packed(text, start - length, length))) return !(edges.isWord && wordAt(text, start, -1, edges.vocab));
    }
  }
  return false;
}

/** Whether a report word of two or more characters starts (direction +1) or ends (-1) at `at`. */
function wordAt(text: string, at: number, direction: 1 | -1, vocab: Vocabulary): boolean {
  for (let length = 2; length <= MAX_WORD; length++) {
    const word = direction > 0 ? text.slice(at, at + length) : at >= length ? text.slice(at - length, at) : '';
    if (vocab.words.has(word)) return true;
  }
  return false;
}
