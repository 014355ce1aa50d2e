import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { itemId, sectionIdFromHeading } from '@/lib/content/anchors';
import { anchorLink, elementChildren, hasClass, isElement } from './hast-helpers';

/** A piece of a heading's text; numbers the text does not prove keep their status so the TOC can mark them too. */
export interface TocSegment {
  text: string;
  status?: 'inferred' | 'unsettled';
  raw?: string;
}

export interface TocEntry {
  id: string;
  level: number;
  text: string;
  segments: TocSegment[];
}

export interface SectionIdOptions {
  /** The part's slug: the H1 gets `sec-<slug>`, so paragraphs before the first numbered heading have a home. */
  slug: string;
}

const ITEM = /^(\d+)\.\s/;

/**
 * Gives every heading an id taken from the report's own numbering (lib/content/anchors.ts), never from
 * its title, so a retitled or re-cleaned section keeps its links. H4 items `1. …` are numbered under
 * their parent section (`sec-2-1-2-i1`). Appends a link icon and records the TOC in `file.data.toc`.
 */
export function rehypeSectionIds(options: SectionIdOptions) {
  return (tree: Root, file: { data: Record<string, unknown> }) => {
    const toc: TocEntry[] = [];
    const seen = new Set<string>();
    let parentId = `sec-${options.slug}`;
    for (const node of elementChildren(tree)) {
      const level = /^h([1-6])$/.exec(node.tagName)?.[1];
      if (!level) continue;
      const title = headingText(node).trim();
      let id: string | null;
      if (level === '1') id = `sec-${options.slug}`;
      else if (level === '4' && ITEM.test(title)) id = itemId(parentId, Number(ITEM.exec(title)![1]));
      else id = sectionIdFromHeading(title);
      // A duplicate id would make one of two links lie; the second heading simply gets none.
      if (!id || seen.has(id)) continue;
      seen.add(id);
      if (level !== '4') parentId = id;
      node.properties = { ...node.properties, id };
      toc.push({ id, level: Number(level), text: title, segments: segmentsOf(node) });
      appendAnchor(node, id);
    }
    file.data.toc = toc;
  };
}

/** The heading's words without footnote reference numbers (`规模情况[^1]` must not read `规模情况1`). */
function headingText(heading: Element): string {
  return heading.children.map((c) => (isElement(c, 'sup') ? '' : toString(c))).join('');
}

function segmentsOf(heading: Element): TocSegment[] {
  const out: TocSegment[] = [];
  for (const child of heading.children) {
    if (isElement(child) && hasClass(child, 'report-num')) {
      const status = String(child.properties?.dataStatus ?? '');
      if (status === 'inferred' || status === 'unsettled') {
        out.push({ text: toString(child), status, raw: String(child.properties?.dataRaw ?? '') });
        continue;
      }
    }
    if (isElement(child, 'sup')) continue;
    const text = toString(child);
    const last = out[out.length - 1];
    if (last && !last.status) last.text += text; else if (text) out.push({ text });
  }
  if (out.length) {
    out[0].text = out[0].text.trimStart();
    out[out.length - 1].text = out[out.length - 1].text.trimEnd();
  }
  return out;
}

function appendAnchor(node: Element, id: string) {
  node.children.push(anchorLink(`#${id}`, '复制本节链接', '#', 'heading-anchor'));
}
