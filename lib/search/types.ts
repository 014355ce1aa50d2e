/** Shapes shared by the index build, the query module and every interface (API, page, box, CLI). */
import type { EquivalenceGroup } from './equivalences';

export type DocKind = 'chapter' | 'section' | 'item' | 'figure' | 'table' | 'box' | 'footnote';

/** A `:num` reading inside a document's text, with the raw digits the source printed. */
export interface NumSpan {
  at: number;
  length: number;
  raw: string;
}

/** One searchable unit: a section (up to the next heading), a figure, table, box or footnote. */
export interface SectionDoc {
  chapter: string;
  chapterTitle: string;
  /** Element id on the chapter page; '' = the top of the chapter. */
  anchor: string;
  /** `1.1.1`, `B1.2`, `图1-1`, `专栏5-1`, `注1`, or '' (chapter text before its first section). */
  number: string;
  title: string;
  kind: DocKind;
  /** Full heading texts of the enclosing sections, outermost first (the chapter heading included). */
  path: string[];
  /** The heading or caption line as displayed. */
  heading: string;
  /** Everything a reader sees in this unit, blocks separated by '\n'; starts with `heading`. */
  text: string;
  nums: NumSpan[];
}

export interface SearchArtifact {
  version: 3;
  builtAt: string;
  docs: SectionDoc[];
  /**
   * Per unit: the segmenter's tokens of its indexed text (tokens.ts `indexedText`), as offsets
   * (tokens.ts `encodeTokens`). The word index and the vocabulary query segmentation uses are rebuilt
   * from these when the artifact is loaded.
   */
  tokens: string[];
  /** Forms the report writes one thing in (mined from its text plus the reviewed list). */
  equivalences: EquivalenceGroup[];
  /** Per unit: word boundaries in its normalised heading (build.ts `wordBounds`). */
  headingCuts: number[][];
  /** What "did you mean" may offer: the report's words, how often each occurs, their pinyin (parallel arrays). */
  suggest: { terms: string[]; frequency: number[]; pinyin: string[]; initials: string[] };
}

/** A result names its unit exactly as the unit is indexed: these fields are the unit's own. */
export interface SearchResult extends Pick<SectionDoc, 'chapter' | 'chapterTitle' | 'anchor' | 'number' | 'title' | 'kind' | 'path'> {
  /** Occurrences of the query words (any of their forms) in this unit. */
  count: number;
  /** Equivalent forms, other than what was typed, that this unit contains ("也匹配：电子商务"). */
  alsoMatched: string[];
  snippet: string;
  /** [start, end) offsets into `snippet`. */
  highlights: [number, number][];
  /** `/chapters/<slug>?q=<every query word and matched form, space-separated>#<anchor>` */
  href: string;
}

export interface ChapterCount {
  chapter: string;
  chapterTitle: string;
  count: number;
}

export interface SearchResponse {
  /** The query as searched (normalised, truncated). */
  query: string;
  /** The words and phrases every result contains. */
  terms: string[];
  /** Words no result contains (`-词`). */
  exclude: string[];
  /** Whether equivalent forms were searched too (false in exact mode). */
  exact: boolean;
  /** For each word searched through equivalent forms: the forms (the word first). */
  expanded: { term: string; forms: string[] }[];
  truncated: boolean;
  note?: string;
  /** Units (sections, figures, tables, boxes, notes) containing every word, in all chapters. */
  total: number;
  /** With a chapter filter: the units of that chapter (what `results` pages through). */
  chapterTotal?: number;
  /** Results skipped before `results` (paging). */
  offset: number;
  /** A figure/table/box the query names (`图1-1`, `表5-1`, `专栏5-1`). */
  jump?: { chapter: string; anchor: string; number: string; title: string; href: string };
  chapters: ChapterCount[];
  results: SearchResult[];
  /** On zero or few results: report terms the reader may have meant (links, never applied silently). */
  suggestions: Suggestion[];
}

export interface Suggestion {
  /** The word as typed. */
  term: string;
  /** The report term offered instead. */
  suggestion: string;
  /** How it was found: one character off, the term's pinyin, or its pinyin initials. */
  reason: 'typo' | 'pinyin' | 'initials';
  /** The whole query with the word replaced. */
  query: string;
  /** `/search?q=<query>` */
  href: string;
}
