/**
 * Equivalent forms the report itself defines, mined from its text at index-build time, merged with
 * the reviewed list in content/search-equivalences.json (read by build-fs.ts). Pure: text in, groups out.
 *
 * The report defines names in two ways:
 * - `中国国际进口博览会（以下简称“进博会”）`, `国家电子商务示范基地（以下简称“示范基地”）`: the full name is
 *   what precedes the bracket, back to a punctuation mark or a word that opens a clause (一是…, 开展…);
 * - `《区域全面经济伙伴关系协定》（RCEP）`, `企业间交易服务（B2B）`: a Latin abbreviation in brackets after
 *   the full name (the title inside 《》 when there is one).
 * Neither rule knows where every name starts, so each mined pair is listed in the build report and a
 * reviewer rejects the wrong ones in the JSON (with the reason); an abbreviation given several full
 * names keeps the one the report uses most.
 */

export interface EquivalenceGroup {
  /** As printed in the report; the first is the one shown first. */
  forms: string[];
  /** Where it came from: `report: 第3章 …` for mined pairs, the reviewer's note for listed ones. */
  source: string;
}

export interface MinedPair {
  full: string;
  short: string;
  /** The sentence fragment the pair was read from. */
  context: string;
  chapter: string;
}

export interface ReviewedList {
  groups: EquivalenceGroup[];
  /** Mined pairs a reviewer found wrong: matched by their short form and full form. */
  rejected: { short: string; full: string; why: string }[];
}

const DEFINED = /(?:（以下简称|（简称)“?([^”）]{1,16})”?）/g;
const LATIN = /（([A-Za-z][A-Za-z0-9]{1,9})）/g;
/** Where a name cannot have started: after these, the clause before the name ends. */
const CLAUSE_START = /^.*(?:是|的|了|个|据|获|开展|启用|推出|参与|加入|实施|成为)|^(?:和|与|及)/;
const BREAK = /[，。、；：！？“”《》（）\n\s「」]/;

/** The name just before `at` (the position of its bracket). */
function nameBefore(text: string, at: number): string {
  if (text[at - 1] === '》') {
    const open = text.lastIndexOf('《', at - 1);
    return open >= 0 && at - 1 - open <= 40 ? text.slice(open + 1, at - 1) : '';
  }
  let start = at;
  while (start > 0 && !BREAK.test(text[start - 1]) && at - start < 30) start--;
  return text.slice(start, at).replace(CLAUSE_START, '');
}

const hasCjk = (s: string) => /[\u4e00-\u9fff]/.test(s);

export function minePairs(chapters: { slug: string; text: string }[]): MinedPair[] {
  const pairs: MinedPair[] = [];
  for (const { slug, text } of chapters) {
    for (const re of [DEFINED, LATIN]) {
      for (const m of text.matchAll(re)) {
        const full = nameBefore(text, m.index);
        const short = m[1].trim();
        if (!short || Array.from(full).length < 2 || !hasCjk(full) || full === short) continue;
        // A Latin abbreviation needs a capital (B2B, RCEP, SaaS): lower-case words are not acronyms.
        if (re === LATIN && !/[A-Z]/.test(short)) continue;
        pairs.push({
          full,
          short,
          chapter: slug,
          context: text
            .slice(Math.max(0, m.index - 20), m.index + m[0].length)
            .replace(/\s+/g, ' ')
            .trim(),
        });
      }
    }
  }
  return pairs;
}

/**
 * Mined pairs (minus the rejected ones; per short form the most used full form) plus the reviewed
 * groups, merged where they share a form.
 */
export function equivalenceGroups(
  mined: MinedPair[],
  reviewed: ReviewedList,
  chapterTitle: (slug: string) => string = (s) => s,
): EquivalenceGroup[] {
  const kept = mined.filter((p) => !reviewed.rejected.some((r) => r.short === p.short && r.full === p.full));
  const byShort = new Map<string, MinedPair[]>();
  for (const p of kept) byShort.set(p.short, [...(byShort.get(p.short) ?? []), p]);
  const groups: EquivalenceGroup[] = [];
  for (const [short, ps] of byShort) {
    const uses = new Map<string, number>();
    for (const p of ps) uses.set(p.full, (uses.get(p.full) ?? 0) + 1);
    // The most used; on a tie the shorter (the name without its owner: 网络货运平台, not 迅马网络货运平台).
    const full = [...uses].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length)[0][0];
    const first = ps.find((p) => p.full === full)!;
    groups.push({ forms: [full, short], source: `report: ${chapterTitle(first.chapter)} “${first.context}”` });
  }
  return mergeGroups([...reviewed.groups, ...groups]);
}

/** Groups sharing a form become one (its sources joined), forms in first-seen order. */
function mergeGroups(groups: EquivalenceGroup[]): EquivalenceGroup[] {
  const out: EquivalenceGroup[] = [];
  for (const g of groups) {
    const overlapping = out.filter((o) => o.forms.some((f) => g.forms.includes(f)));
    const merged: EquivalenceGroup = {
      forms: [...new Set([...overlapping.flatMap((o) => o.forms), ...g.forms])],
      source: [...overlapping.map((o) => o.source), g.source].join('; '),
    };
    for (const o of overlapping) out.splice(out.indexOf(o), 1);
    out.push(merged);
  }
  return out;
}
