/**
 * A query word → every form the report writes it in. A word containing a form of a group gets that
 * form replaced by each other form of the group (跨境电商 → 跨境电子商务, 跨境电商综试区 → 跨境电子商务综合试验区),
 * groups applied one after another so that one word can use several. Phrases and exact mode skip
 * this (search.ts): they search what was typed.
 */
import type { LoadedEquivalences } from './load';

/** Enough for a word using three two-form groups; more forms would only add noise. */
export const MAX_FORMS = 8;

export function expandWord(word: string, equivalences: LoadedEquivalences): string[] {
  const forms = [word];
  const { groups, groupsByFirst } = equivalences;
  // A group can apply only if some form so far holds the first character of one of its forms: the
  // groups that can are bits of `possible` (kept up to date as forms are added), the rest are skipped.
  let possible = groupsByFirst ? groupsHolding(word, groupsByFirst) : -1;
  for (let g = 0; g < groups.length; g++) {
    if (groupsByFirst && !(possible & (1 << g))) continue;
    const group = groups[g];
    // Forms added by this group are not expanded by it again: walk the ones there before it.
    for (let i = 0, n = forms.length; i < n; i++) {
      const current = forms[i];
      for (const from of group.norm) {
        if (!current.includes(from)) continue;
        for (const to of group.norm) {
          // Lengthening a form that is already inside the longer one (示范基地 in 国家电子商务示范基地)
          // only makes sense when the word is that form itself.
          if (to === from || (to.includes(from) && current !== from)) continue;
          const form = current.split(from).join(to);
          if (!forms.includes(form) && forms.length < MAX_FORMS) {
            forms.push(form);
            if (groupsByFirst) possible |= groupsHolding(form, groupsByFirst);
          }
        }
      }
    }
  }
  return forms;
}

/** The groups (as bits) with a form starting with one of `text`'s UTF-16 units. */
function groupsHolding(text: string, groupsByFirst: Map<number, number>): number {
  let bits = 0;
  for (let i = 0; i < text.length; i++) bits |= groupsByFirst.get(text.charCodeAt(i)) ?? 0;
  return bits;
}
