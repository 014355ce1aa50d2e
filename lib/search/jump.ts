/**
 * `图1-1`, `图 1.1`, `表5-1`, `专栏5-1` name one figure, table or box: the response carries it as a
 * jump target beside the ordinary results (which still list every unit mentioning the words).
 */
import { BLOCK_LABEL_PATTERN, blockIdFromLabel } from '@/lib/content/anchors';
import type { LoadedIndex } from './load';
import type { SearchResponse } from './types';

const LABEL = new RegExp(`^(${BLOCK_LABEL_PATTERN})\\s*([0-9a-z]+)\\s*[-.]\\s*([0-9]+)$`);

export function findJump(index: LoadedIndex, query: string, href: (chapter: string, anchor: string) => string): SearchResponse['jump'] {
  const m = LABEL.exec(query);
  if (!m) return undefined;
  const id = blockIdFromLabel(`${m[1]}${m[2]}-${m[3]}`);
  const doc = id ? index.byAnchor.get(id) : undefined;
  if (!doc) return undefined;
  return { chapter: doc.chapter, anchor: doc.anchor, number: doc.number, title: doc.title, href: href(doc.chapter, doc.anchor) };
}
