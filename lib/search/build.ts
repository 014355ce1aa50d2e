/**
 * Section documents → the search artifact. Pure: the segmenter is passed in (nodejieba at build
 * time, anything in tests), so this module never loads a dictionary itself.
 */
import type { EquivalenceGroup } from './equivalences';
import { normalize } from './normalize';
import { pinyinKeys } from './pinyin';
import { encodeTokens, indexedText } from './tokens';
import type { SearchArtifact, SectionDoc } from './types';

export type Cut = (normalised: string) => string[];

export function buildArtifact(
  docs: SectionDoc[],
  cut: Cut,
  equivalences: EquivalenceGroup[] = [],
  builtAt = new Date().toISOString(),
): SearchArtifact {
  const frequency = new Map<string, number>();
  const pairs = new Map<string, number>();
  const tokens = docs.map((doc) => {
    const text = indexedText(doc);
    const cuts = cut(text);
    cuts.forEach((t, i) => {
      frequency.set(t, (frequency.get(t) ?? 0) + 1);
      // Two words the report often writes together are a term of its own (跨境|电商, 农村|电商) for suggestions.
      const pair = i > 0 ? cuts[i - 1] + t : '';
      if (CHINESE_WORD.test(pair)) pairs.set(pair, (pairs.get(pair) ?? 0) + 1);
    });
    // The word index is rebuilt from these at load time (load.ts): smaller on the wire than its export.
    return encodeTokens(text, cuts);
  });
  const headingCuts = docs.map((doc) => wordBounds(normalize(doc.heading).trim(), cut));
  return {
    version: 3,
    builtAt,
    docs,
    tokens,
    equivalences,
    headingCuts,
    suggest: suggestTerms(frequency, pairs, equivalences),
  };
}

/** Words used at least this often are what a suggestion may offer: a word used once is no "report term". */
const MIN_SUGGEST_FREQUENCY = 2;
/** Two-word terms must recur more: most adjacent pairs are not terms. */
const MIN_PAIR_FREQUENCY = 5;
const CHINESE_WORD = /^[\u4e00-\u9fff]{2,12}$/;

/** The report's Chinese words and recurring two-word terms (and every equivalent form), how often each occurs, and its pinyin. */
export function suggestTerms(
  frequency: Map<string, number>,
  pairs: Map<string, number>,
  equivalences: EquivalenceGroup[],
): SearchArtifact['suggest'] {
  const forms = equivalences.flatMap((g) => g.forms.map((f) => normalize(f).trim()));
  const words = new Set([...frequency].filter(([w, n]) => n >= MIN_SUGGEST_FREQUENCY && CHINESE_WORD.test(w)).map(([w]) => w));
  for (const [pair, n] of pairs) {
    if (n >= MIN_PAIR_FREQUENCY && !words.has(pair)) {
      words.add(pair);
      frequency.set(pair, Math.max(frequency.get(pair) ?? 0, n));
    }
  }
  for (const f of forms) if (CHINESE_WORD.test(f)) words.add(f);
  const terms = [...words].sort();
  const keys = terms.map(pinyinKeys);
  return {
    terms,
    frequency: terms.map((t) => frequency.get(t) ?? 1),
    pinyin: keys.map((k) => k.full),
    initials: keys.map((k) => k.initials),
  };
}

/**
 * Offsets in `text` where a word starts or ends, from the segmenter: a heading matches a query only
 * on these (电子商务法 is not in 电子商务法律法规, whose words are 电子商务 | 法律法规).
 */
export function wordBounds(text: string, cut: Cut): number[] {
  const bounds = new Set<number>([0, text.length]);
  let at = 0;
  for (const token of cut(text)) {
    const start = text.indexOf(token, at);
    if (start < 0) continue;
    bounds.add(start);
    bounds.add(start + token.length);
    at = start + token.length;
  }
  return [...bounds].sort((a, b) => a - b);
}
