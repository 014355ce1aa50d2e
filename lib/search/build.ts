/**
 * Section documents → the search artifact. Pure: the segmenter is passed in (nodejieba at build
 * time, anything in tests), so this module never loads a dictionary itself.
 */
import type { EquivalenceGroup } from './equivalences';
import { createWordIndex, exportWordIndex } from './flex';
import { normalize } from './normalize';
import type { SearchArtifact, SectionDoc } from './types';

export type Cut = (normalised: string) => string[];

export function buildArtifact(docs: SectionDoc[], cut: Cut, equivalences: EquivalenceGroup[] = [], builtAt = new Date().toISOString()): SearchArtifact {
  const index = createWordIndex();
  const vocab = new Set<string>();
  docs.forEach((doc, id) => {
    // The raw digits of :num readings are indexed too: a reader may search the printed 4383.
    const raws = doc.nums.map((n) => n.raw).join(' ');
    const tokens = cut(normalize(`${doc.text}\n${raws}`));
    for (const t of tokens) vocab.add(t);
    index.add(id, tokens.join(' '));
  });
  const headingCuts = docs.map((doc) => wordBounds(normalize(doc.heading).trim(), cut));
  return { version: 2, builtAt, docs, vocab: [...vocab].sort(), flex: exportWordIndex(index), equivalences, headingCuts };
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
