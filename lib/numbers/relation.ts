import { halfUlp, type Candidate } from './candidates';
import type { Kind } from './kinds';
import type { NumberToken } from './types';

/** A token with everything the finders need: its kind and the readings still possible. */
export interface Item {
  index: number;
  token: NumberToken;
  kind: Kind;
  /** Readings not yet excluded by a rule or a relation. */
  domain: Candidate[];
  /** Key of the block the token sits in (tokens of one paragraph share it). */
  block: string;
  /** The block's text, the same string for all its tokens. */
  text: string;
  /** Offset of the token in `text`. */
  offset: number;
}

export type RelationKind =
  | 'share-list'
  | 'table-column'
  | 'parts-sum'
  | 'parts-growth'
  | 'share-growth'
  | 'ratio'
  | 'restated'
  | 'pp-difference'
  | 'ranked'
  | 'trend'
  | 'bound'
  | 'part-whole'
  | 'period-rate'
  | 'list-decimals'
  | 'share-cap'
  | 'rank-words';

/**
 * A fact the text states about several of its numbers. `sum` relations (parts add up to a total or to
 * 100) are solved by dynamic programming, since a table column has too many members to enumerate;
 * everything else by enumeration over the members' remaining readings.
 */
export type Relation =
  | {
      kind: RelationKind;
      shape: 'sum';
      parts: number[];
      /** An item index, or a constant such as 100 (%). */
      total: number | { constant: number };
      /** Describes the relation for a reader; gets the readings in `parts` order. */
      describe: (parts: Candidate[], total: Candidate | number) => string;
    }
  | {
      kind: RelationKind;
      shape: 'predicate';
      members: number[];
      /** Only assignments where every still-open member takes the same number of decimals. */
      uniformDecimals?: boolean;
      holds: (values: Candidate[]) => boolean;
      describe: (values: Candidate[]) => string;
    };

export function membersOf(r: Relation): number[] {
  if (r.shape === 'predicate') return r.members;
  return typeof r.total === 'number' ? [...r.parts, r.total] : [...r.parts];
}

/** True when two printed values can be roundings of one true value. */
export function sameWithinRounding(a: number, aTol: number, b: number, bTol: number): boolean {
  return Math.abs(a - b) <= aTol + bTol + 1e-9;
}

/** True when `c`, as printed, can be the rounding of `exact`. */
export function roundsTo(exact: number, c: Candidate): boolean {
  return Math.abs(exact - c.value) <= halfUlp(c) + 1e-9;
}

/**
 * A short quotation of a token in its context, for reasons shown to readers. Other numbers in the
 * context are still raw digits (their points lost), so they are elided.
 */
export function quote(item: Item, c: Candidate): string {
  const lead = item.token.before
    .slice(-16)
    .replace(/-?\d+%?/g, '…')
    .replace(/^[…，。；、]+/, '');
  return `“…${lead}${c.text}${item.token.unit}”`;
}
