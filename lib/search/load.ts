/**
 * The artifact as the query side uses it: texts normalised once at load time (with maps back to
 * the displayed text), the vocabulary, and the imported word index.
 */
import { createWordIndex, type WordIndex } from './flex';
import { invertMap, normalize, normalizeWithMap } from './normalize';
import { buildPairOffsets, type PairOffsets } from './occurrences';
import { buildPostings, type Postings } from './postings';
import { wordyLength } from './rank';
import { sentenceBounds } from './snippet';
import { makeVocabulary, type Vocabulary } from './segment';
import { decodeTokens, indexedText } from './tokens';
import type { SearchArtifact, SectionDoc } from './types';

export interface LoadedDoc extends SectionDoc {
  norm: string;
  /** normalised offset → displayed-text offset (typed: half the memory of a number[], read by every snippet) */
  toText: Int32Array;
  headingNorm: string;
  titleNorm: string;
  numsNorm: { start: number; end: number; raw: string }[];
  /** All raw digits joined by spaces: one includes() decides whether the numbers need a closer look. */
  raws: string;
  /** Offsets in `text` just after each sentence end (。！？； or a line end), ascending. */
  sentenceEnds: Int32Array;
  /** Each sentence's trimmed [start, end) in `text` (snippet.ts `sentenceBounds`). */
  sentences: Int32Array;
  /** Word boundaries in `headingNorm`. */
  headingBounds: Set<number>;
  /** A chapter's or section's own text before its subsections: the overview of what follows. */
  overview: boolean;
  /** A figure or table whose unit is its caption and source line only (the chart itself is lost). */
  captionOnly: boolean;
  /** A footnote citing a source ([EB/OL], a URL) rather than explaining. */
  citation: boolean;
  /** How many characters of the title say what it is about (rank.ts `wordyLength`: the title coverage's denominator). */
  titleWords: number;
  /** A result link's parts around its `?q=`: `/chapters/<slug>` and `#<anchor>` (or ''). */
  hrefPath: string;
  hrefHash: string;
  /** Position of the unit's chapter in reading order (results count per chapter by it). */
  chapterIndex: number;
}

export interface LoadedEquivalences {
  /** Normalised forms per group (as the query and the text are), and the printed forms beside them. */
  groups: { norm: string[]; forms: string[]; source: string }[];
  /** normalised form → as printed */
  display: Map<string, string>;
  /**
   * First UTF-16 unit of a group's normalised form → the groups (bit g = group g) with a form starting
   * with it: expand.ts skips the groups a word cannot contain. Null with more than 31 groups.
   */
  groupsByFirst: Map<number, number> | null;
}

export interface LoadedIndex {
  docs: LoadedDoc[];
  vocab: Vocabulary;
  words: WordIndex;
  byAnchor: Map<string, LoadedDoc>;
  /** Every character used in any :num raw digits. */
  rawChars: Set<string>;
  /** All normalised texts joined by U+0000 (which no query contains, so no match spans two units). */
  corpus: string;
  /** Offset of each unit's text in `corpus`. */
  starts: number[];
  equivalences: LoadedEquivalences;
  /** Mean normalised text length (the ranking's length normalisation). */
  meanLength: number;
  suggest: SearchArtifact['suggest'];
  /** Character-pair postings over the normalised texts: candidates for the exact check. */
  postings: Postings;
  /** Where each character pair stands in `corpus`: the occurrences of a form without reading the texts. */
  pairs: PairOffsets;
  /** Units with :num readings (only they can hold a raw-digit hit). */
  numbered: number[];
}

export function loadArtifact(artifact: SearchArtifact): LoadedIndex {
  if (artifact.version !== 3) throw new Error(`search artifact version ${artifact.version} is not supported; run npm run build:index`);
  const parents = new Set(artifact.docs.flatMap((d) => d.path.map((p) => `${d.chapter}|${p}`)));
  const chapterOrder = new Map<string, number>();
  for (const d of artifact.docs) if (!chapterOrder.has(d.chapter)) chapterOrder.set(d.chapter, chapterOrder.size);
  const docs = artifact.docs.map((d, i) =>
    loadDoc(d, artifact.headingCuts[i] ?? [], parents.has(`${d.chapter}|${d.heading}`), chapterOrder.get(d.chapter)!),
  );
  const byAnchor = new Map<string, LoadedDoc>();
  for (const doc of docs) if (doc.anchor && !byAnchor.has(doc.anchor)) byAnchor.set(doc.anchor, doc);
  const rawChars = new Set(docs.flatMap((d) => d.numsNorm.flatMap((n) => Array.from(n.raw))));
  const starts: number[] = [];
  let offset = 0;
  for (const doc of docs) {
    starts.push(offset);
    offset += doc.norm.length + 1;
  }
  const corpus = docs.map((d) => d.norm).join('\u0000');
  const { words, vocab } = wordIndexOf(artifact);
  return {
    docs,
    vocab,
    words,
    byAnchor,
    rawChars,
    corpus,
    starts,
    equivalences: loadEquivalences(artifact.equivalences),
    meanLength: docs.reduce((n, d) => n + d.norm.length, 0) / Math.max(1, docs.length),
    suggest: artifact.suggest,
    postings: buildPostings(docs.map((d) => d.norm)),
    pairs: buildPairOffsets(corpus),
    numbered: docs.flatMap((d, i) => (d.numsNorm.length ? [i] : [])),
  };
}

/** The word index and its vocabulary, from the tokens the build's segmenter cut (the same adds, in the same order, as at build time). */
function wordIndexOf(artifact: SearchArtifact): { words: WordIndex; vocab: Vocabulary } {
  const words = createWordIndex();
  const tokens = new Set<string>();
  artifact.docs.forEach((doc, id) => {
    const cut = decodeTokens(indexedText(doc), artifact.tokens[id] ?? '');
    for (const t of cut) tokens.add(t);
    words.add(id, cut.join(' '));
  });
  return { words, vocab: makeVocabulary(tokens) };
}

function loadEquivalences(groups: SearchArtifact['equivalences']): LoadedEquivalences {
  const display = new Map<string, string>();
  const loaded = groups.map((g) => {
    const norm = g.forms.map((f) => normalize(f).trim());
    norm.forEach((n, i) => {
      if (!display.has(n)) display.set(n, g.forms[i]);
    });
    return { norm, forms: g.forms, source: g.source };
  });
  let groupsByFirst: Map<number, number> | null = null;
  // An empty form would be inside every word: no first character can stand for it.
  if (loaded.length <= 31 && loaded.every((g) => g.norm.every(Boolean))) {
    groupsByFirst = new Map();
    loaded.forEach((g, i) => {
      for (const form of g.norm) groupsByFirst!.set(form.charCodeAt(0), (groupsByFirst!.get(form.charCodeAt(0)) ?? 0) | (1 << i));
    });
  }
  return { groups: loaded, display, groupsByFirst };
}

const CITATION = /\[(?:EB\/OL|R|J|N|M)\]|https?:|www\./i;

function loadDoc(doc: SectionDoc, headingCuts: number[], hasSubsections: boolean, chapterIndex: number): LoadedDoc {
  const { text: norm, map } = normalizeWithMap(doc.text);
  const fromText = invertMap(map, doc.text.length);
  const numsNorm = doc.nums.map((n) => ({ start: fromText[n.at], end: fromText[n.at + n.length], raw: normalize(n.raw) }));
  const ends = sentenceEnds(doc.text);
  const titleNorm = normalize(doc.title).trim();
  // The unit's own fields written out, not spread: `{ ...doc }` of a JSON.parse()d object gives every
  // unit a hidden class of its own (417 for 426 units), which made every read of a unit's fields in
  // the query path (and in the bench's scan) a megamorphic lookup.
  return {
    chapter: doc.chapter,
    chapterTitle: doc.chapterTitle,
    anchor: doc.anchor,
    number: doc.number,
    title: doc.title,
    kind: doc.kind,
    path: doc.path,
    heading: doc.heading,
    text: doc.text,
    nums: doc.nums,
    norm,
    toText: Int32Array.from(map),
    headingNorm: normalize(doc.heading).trim(),
    titleNorm,
    titleWords: wordyLength(titleNorm),
    sentenceEnds: Int32Array.from(ends),
    sentences: sentenceBounds(doc.text, ends),
    numsNorm,
    raws: numsNorm.map((n) => n.raw).join(' '),
    headingBounds: new Set(headingCuts),
    overview: doc.kind === 'chapter' || (doc.kind === 'section' && hasSubsections),
    captionOnly: (doc.kind === 'figure' || doc.kind === 'table') && doc.text.split('\n').filter((l) => l.trim()).length <= 2,
    citation: doc.kind === 'footnote' && CITATION.test(doc.text),
    hrefPath: `/chapters/${encodeURIComponent(doc.chapter)}`,
    hrefHash: doc.anchor ? `#${doc.anchor}` : '',
    chapterIndex,
  };
}

const SENTENCE_END = /[。！？；!?;\n]/g;

function sentenceEnds(text: string): number[] {
  const ends: number[] = [];
  for (const m of text.matchAll(SENTENCE_END)) ends.push(m.index + 1);
  return ends;
}
