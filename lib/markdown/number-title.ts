/**
 * What a number's title says about its reading. Two lengths: the page's HTML carries the short one
 * (how the reading was settled, or that it is inferred and its raw digits), which is what a reader sees
 * without JavaScript; the full one adds the reasoning and the sources (often a quoted release and its
 * URL: 36 KB of chapter 1's HTML, a quarter of its compressed size), and reaches the page after it loads,
 * from `/number-reasons/<slug>.json` (lib/data/number-reasons.ts).
 */

/** What a reader is told about a reading that is not proven; the raw digits appear as the source had them. */
const NOTICE: Record<string, string> = {
  inferred: '小数点位置系推断，原文数字为',
  unsettled: '小数点位置未定，原文数字为',
};

/** ASCII digits back to the full-width digits the source text shows (４３８３), so readers can find them in the PDF. */
export function toFullWidth(raw: string): string {
  return raw.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)).replace(/-/g, '－');
}

export type ProvenBasis = 'source' | 'argument';

export interface TitledNumber {
  status: string;
  raw: string;
  /** For confirmed readings: a cited source prints it, or an argument from the text settles it. */
  basis?: ProvenBasis;
  reason?: string;
}

/** Settled and confirmed readings are shown as fact; the rest are marked and name their raw digits. */
export function isProven(status: string): boolean {
  return status === 'settled' || status === 'confirmed';
}

/** How a proven reading was settled: by the text, or confirmed, and how. */
function provenLead(status: string, basis: ProvenBasis | undefined): string {
  if (status !== 'confirmed') return '小数点位置已确定';
  return basis === 'argument' ? '小数点位置经文中数字推算核实' : '小数点位置经所引来源核实';
}

/**
 * The title in full, or short (`undefined` when the number has none: a proven reading without a reason
 * says nothing on hover).
 */
export function numberTitle(n: TitledNumber, length: 'full' | 'short'): string | undefined {
  if (isProven(n.status)) {
    if (!n.reason) return undefined;
    const lead = provenLead(n.status, n.status === 'confirmed' ? (n.basis ?? 'source') : undefined);
    return length === 'full' ? `${lead}：${n.reason}` : lead;
  }
  const notice = `${NOTICE[n.status] ?? NOTICE.unsettled} ${toFullWidth(n.raw)}`;
  return length === 'full' && n.reason ? `${notice}\n依据：${n.reason}` : notice;
}
