import type { Element, ElementContent, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { BLOCK_KINDS, BLOCK_LABEL_PATTERN } from '@/lib/content/anchors';
import { addClass, anchorLink, elementChildren, hasClass, isElement, text } from './hast-helpers';

const CAPTION = new RegExp(`^(${BLOCK_LABEL_PATTERN})([0-9A-Za-z]+-[0-9]+)\\s*(.*)$`, 's');
const SOURCE = /^(数据来源|资料来源)/;
/** The container classes remark-report-directives gives each block kind, with the kind's printed label. */
const KIND_NAMES: Record<string, string> = Object.fromEntries(BLOCK_KINDS.map((k) => [`report-${k.kind}`, k.label]));

/**
 * Finishes the figure, table and box containers (FORMAT.md): the first paragraph becomes the caption
 * (label set apart from the title), a last `数据来源/资料来源` paragraph becomes the source line, a
 * figure says that its chart is not in the source text (the PDF's images never reached it), and a table
 * is wrapped in a keyboard-scrollable region so wide tables scroll instead of breaking a phone layout.
 */
export function rehypeReportBlocks() {
  return (tree: Root) => {
    // A table without a caption (appendix A's) is named by the heading before it.
    let lastHeadingId: string | null = null;
    visit(tree, 'element', (node: Element) => {
      if (/^h[1-6]$/.test(node.tagName) && node.properties?.id) lastHeadingId = String(node.properties.id);
      const kind = Object.keys(KIND_NAMES).find((k) => hasClass(node, k));
      if (!kind) return;
      const id = String(node.properties?.id ?? '');
      const blocks = elementChildren(node);
      const first = blocks[0];
      const captionMatch = first && isElement(first, 'p') ? CAPTION.exec(toString(first).trim()) : null;
      const last = blocks[blocks.length - 1];
      const source = last && last !== first && isElement(last, 'p') && SOURCE.test(toString(last).trim()) ? last : null;
      const body = blocks.filter((b) => b !== source && !(captionMatch && b === first));
      const captionId = `${id}-caption`;
      const caption = captionMatch ? buildCaption(kind, captionMatch, first!, captionId, id) : null;
      if (source) addClass(source, 'block-source');

      const children: ElementContent[] = [];
      if (caption) children.push(caption);
      if (kind === 'report-figure') children.push(missingImageNote(body.length > 0));
      for (const b of body) children.push(isElement(b, 'table') ? scrollRegion(b, caption ? captionId : lastHeadingId) : b);
      if (source) children.push(source);
      node.children = children;
      if (caption && kind === 'report-box') node.properties = { ...node.properties, ariaLabelledBy: [captionId] };
    });
  };
}

function buildCaption(kind: string, match: RegExpExecArray, first: Element, captionId: string, id: string): Element {
  const label: Element = { type: 'element', tagName: 'span', properties: { className: ['block-label'] }, children: [text(`${match[1]}${match[2]}`)] };
  // Keep the caption's own inline children (numbers, links) after the label text.
  const rest = dropLeadingText(first.children, match[1].length + match[2].length);
  return {
    type: 'element',
    tagName: kind === 'report-box' ? 'p' : 'figcaption',
    properties: { id: captionId, className: ['block-caption'] },
    children: [label, text(' '), ...rest, ...(id ? [anchorLink(`#${id}`, `复制${match[1]}${match[2]}的链接`, '#', 'block-anchor')] : [])],
  };
}

/** Drops the label (`图1-1`) from the caption paragraph, whose first child is always the label's text. */
function dropLeadingText(children: ElementContent[], count: number): ElementContent[] {
  const [head, ...tail] = children;
  if (!head || head.type !== 'text') return children;
  const rest = head.value.trimStart().slice(count).trimStart();
  return rest ? [text(rest), ...tail] : tail;
}

/** Some figures keep the words the extraction pulled out of the chart; the note must not claim otherwise. */
function missingImageNote(hasExtractedText: boolean): Element {
  return {
    type: 'element',
    tagName: 'p',
    properties: { className: ['figure-missing'] },
    children: [text(hasExtractedText
      ? '图表图像未包含在报告的原文文本中，以下仅为从原图提取的文字。'
      : '图表图像未包含在报告的原文文本中，此处仅保留图题与数据来源。')],
  };
}

function scrollRegion(table: Element, labelId: string | null): Element {
  return {
    type: 'element',
    tagName: 'div',
    properties: {
      className: ['table-scroll'],
      tabIndex: 0,
      role: 'region',
      ...(labelId ? { ariaLabelledBy: [labelId] } : { ariaLabel: '表格' }),
    },
    children: [table],
  };
}
