import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { HeadingWalk, headingNumber } from '@/lib/content/anchors';
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

/**
 * Gives every heading the id the one heading walk of lib/content/anchors.ts gives it (the outline and
 * search use the same walk), taken from the report's own numbering, never from its title. An
 * unnumbered heading, or a second heading with a number already used, gets none. Appends a link icon
 * and records the TOC in `file.data.toc`.
 */
export function rehypeSectionIds(options: SectionIdOptions) {
  return (tree: Root, file: { data: Record<string, unknown> }) => {
    const toc: TocEntry[] = [];
    const walk = new HeadingWalk(options.slug);
    for (const node of elementChildren(tree)) {
      const level = /^h([1-6])$/.exec(node.tagName)?.[1];
      if (!level) continue;
      const title = headingText(node).trim();
      const { id } = walk.enter(Number(level), headingNumber(title));
      if (!id) continue;
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
    if (last && !last.status) last.text += text;
    else if (text) out.push({ text });
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
