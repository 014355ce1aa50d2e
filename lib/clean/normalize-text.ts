import { findNumbers, type FoundNumber } from './find-numbers';
import { foldWidth, innerTitleMarks } from './fold-width';
import { mapPunctuation } from './map-punctuation';
import { removeSpaces } from './remove-spaces';
import { restoreUrl, URL_IN_TEXT, type RestoredUrl } from './restore-urls';

/** Inline pieces of a cleaned text, ready to become Markdown nodes. */
export type Inline =
  | { type: 'text'; value: string }
  | { type: 'footnote'; n: number }
  | { type: 'number'; found: FoundNumber; before: string; after: string }
  | { type: 'url'; url: RestoredUrl };

/** Footnote markers are placed in the raw text by pairFootnotes as \uE000<n>\uE001. */
export const footnotePlaceholder = (n: number) => `\uE000${n}\uE001`;
const URL_MARK = (k: number) => `\uE002${k}\uE003`;
const NUM_MARK = (k: number) => `\uE004${k}\uE005`;
const PLACEHOLDER = /\uE000(\d+)\uE001|\uE002(\d+)\uE003|\uE004(\d+)\uE005/g;

/**
 * Cleans one raw text (paragraph, heading title, caption, table cell, note body). The order is forced:
 * inner title marks need the raw ＜＞; URLs are set aside before punctuation mapping (their `:` `?`
 * are real) and restored last; `．` (the citation separator, a real period) is folded only after the
 * ASCII `.` (which stands for 。) has been mapped; numbers are found once spaces are gone, so that a
 * number split by the justified-text spacing is whole again.
 */
export function normalizeText(raw: string, mode: 'text' | 'note' = 'text'): Inline[] {
  let text = foldWidth(innerTitleMarks(raw).replace(/．/g, '\uE006'));
  const urls: RestoredUrl[] = [];
  text = text.replace(URL_IN_TEXT, (url) => URL_MARK(urls.push(restoreUrl(url)) - 1));
  text = mapPunctuation(text).replace(/\uE006/g, '.');
  text = removeSpaces(text, mode);
  const numbers = findNumbers(text);
  const withNumbers = numbers.reduceRight((acc, found, k) => acc.slice(0, found.start) + NUM_MARK(k) + acc.slice(found.end), text);
  // Context for the numbers pass: the whole block, other numbers as their raw digits with their units.
  const plain = (s: string) =>
    s.replace(PLACEHOLDER, (_m, _f, u, n) =>
      u !== undefined ? urls[Number(u)].url : n !== undefined ? numbers[Number(n)].raw + numbers[Number(n)].unit : '',
    );

  const inlines: Inline[] = [];
  let last = 0;
  for (const m of withNumbers.matchAll(PLACEHOLDER)) {
    if (m.index! > last) inlines.push({ type: 'text', value: withNumbers.slice(last, m.index) });
    if (m[1] !== undefined) inlines.push({ type: 'footnote', n: Number(m[1]) });
    else if (m[2] !== undefined) inlines.push({ type: 'url', url: urls[Number(m[2])] });
    else {
      const found = numbers[Number(m[3])];
      const before = plain(withNumbers.slice(0, m.index));
      const after = plain(withNumbers.slice(m.index! + m[0].length));
      inlines.push({ type: 'number', found, before, after });
    }
    last = m.index! + m[0].length;
  }
  if (last < withNumbers.length) inlines.push({ type: 'text', value: withNumbers.slice(last) });
  return inlines;
}

type NumberInline = Extract<Inline, { type: 'number' }>;

/** The visible text of inline pieces; a number shows as `numberText` gives it (default: raw digits). */
export function inlineText(inlines: readonly Inline[], numberText: (inline: NumberInline) => string = (i) => i.found.raw): string {
  return inlines
    .map((i) => (i.type === 'text' ? i.value : i.type === 'number' ? numberText(i) + i.found.unit : i.type === 'url' ? i.url.url : ''))
    .join('');
}
