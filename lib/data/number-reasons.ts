import type { Outline } from '@/lib/content/format';
import { numberTitle } from '@/lib/markdown/number-title';

/**
 * Where a part's reasons file is served (the chapter page names it on its article, for the tooltip). Not
 * one of the /data downloads: numbers.csv / numbers.json already give every reason; this is the page's.
 */
export function numberReasonsPath(slug: string): string {
  return `/number-reasons/${slug}.json`;
}

/**
 * A part's numbers whose full title says more than the short one in the page (number-title.ts), by id:
 * what the page's titles become once it has loaded. `null` for a part with none.
 */
export function numberReasons(part: Outline['parts'][number]): Record<string, string> | null {
  const reasons: Record<string, string> = {};
  for (const n of part.numbers) {
    const full = numberTitle(n, 'full');
    if (full && full !== numberTitle(n, 'short')) reasons[n.id] = full;
  }
  return Object.keys(reasons).length ? reasons : null;
}
