/**
 * Word lists the relation finders and the inference share, kept once so that a word added for one
 * finder (a new change verb, a new amount kind) reaches all of them.
 */
import type { Kind } from './kinds';

/** Kinds that are amounts (money, counts in 万/亿): they add up, and a part is at most its whole. */
export const AMOUNT_KINDS: ReadonlySet<Kind> = new Set<Kind>(['wanyi', 'yi-money', 'yi-count', 'wan-money', 'wan-count']);

/** Verbs after which an amount is a change (增加95所), not a level: it is no part of a total. */
export const CHANGE_VERBS = ['增长', '增加', '减少', '下降', '提高', '新增'] as const;

/** The text before a number ends in a change verb (`较上年增加`, `新增了`). */
export const ENDS_WITH_CHANGE = new RegExp(`(${CHANGE_VERBS.join('|')})[了]?$`);
