import type { BlockContent, PhrasingContent, Root, RootContent, TableRow } from 'mdast';
import { toMarkdown } from 'mdast-util-to-markdown';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { directiveToMarkdown } from 'mdast-util-directive';
import { stringify as toYaml } from 'yaml';
import type { NumberReading } from '../numbers/types';
import type { CleanBlock, CleanPart } from './clean-part';
import type { Inline } from './normalize-text';
import { LOST_NOTE } from './pair-footnotes';

export interface EmitContext {
  /** Number inline → its reading (from the numbers pass). */
  readingOf: (inline: Extract<Inline, { type: 'number' }>) => { id: string; reading: NumberReading };
  partTitle: string;
  heading: string;
}

function phrasing(inlines: readonly Inline[], ctx: EmitContext): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (const inline of inlines) {
    if (inline.type === 'text') out.push({ type: 'text', value: inline.value });
    else if (inline.type === 'footnote') out.push({ type: 'footnoteReference', identifier: String(inline.n), label: String(inline.n) });
    else if (inline.type === 'url') out.push({ type: 'link', url: inline.url.url, children: [{ type: 'text', value: inline.url.url }] });
    else {
      const { id, reading } = ctx.readingOf(inline);
      out.push({
        type: 'textDirective',
        name: 'num',
        attributes: { id, raw: inline.found.raw, unit: inline.found.unit, status: reading.status },
        children: [{ type: 'text', value: reading.value }],
      });
      out.push({ type: 'text', value: inline.found.unit });
    }
  }
  return out;
}

const paragraph = (inlines: readonly Inline[], ctx: EmitContext): BlockContent => ({ type: 'paragraph', children: phrasing(inlines, ctx) });
const labelled = (label: string, title: readonly Inline[], ctx: EmitContext): BlockContent =>
  paragraph([{ type: 'text', value: `${label} ` }, ...title], ctx);

/** The chart's words as the extraction left them, one line each: honest about being a flattened chart. */
function chartText(lines: readonly Inline[][], ctx: EmitContext): BlockContent {
  const children: PhrasingContent[] = [{ type: 'text', value: CHART_TEXT_LABEL }];
  for (const line of lines) children.push({ type: 'break' }, ...phrasing(line, ctx));
  return { type: 'paragraph', children };
}

export const CHART_TEXT_LABEL = '图中文字（从原图提取，版式已失）：';

function container(name: string, id: string, children: BlockContent[]): RootContent {
  return { type: 'containerDirective', name, attributes: { id }, children } as RootContent;
}

function blockNodes(block: CleanBlock, ctx: EmitContext): RootContent[] {
  switch (block.type) {
    case 'heading': {
      const text: Inline[] = [{ type: 'text', value: block.level === 4 ? `${block.number}. ` : `${block.number} ` }, ...block.title];
      return [{ type: 'heading', depth: block.level, children: phrasing(text, ctx) }];
    }
    case 'paragraph':
      return [paragraph(block.text, ctx)];
    case 'figure':
    case 'box':
    case 'table': {
      const id = block.id;
      const children: BlockContent[] = block.label ? [labelled(block.label, block.title, ctx)] : [];
      if (block.type === 'figure' && block.chartText.length > 0) children.push(chartText(block.chartText, ctx));
      if (block.type === 'box') children.push(...block.paragraphs.map((p) => paragraph(p, ctx)));
      if (block.type === 'table') {
        const row = (cells: readonly Inline[][]): TableRow => ({
          type: 'tableRow',
          children: cells.map((c) => ({ type: 'tableCell', children: phrasing(c, ctx) })),
        });
        children.push({ type: 'table', children: [row(block.header), ...block.rows.map(row)] });
      }
      if (block.source) children.push(paragraph(block.source, ctx));
      return [container(block.type, id, children)];
    }
  }
}

/** One part as Markdown: YAML front matter, the H1, the blocks, then the footnote definitions. */
export function emitMarkdown(part: CleanPart, ctx: EmitContext): string {
  const spec = part.part.spec;
  const front = toYaml({ slug: spec.slug, order: spec.order, kind: spec.kind, number: spec.number, title: ctx.partTitle });
  const root: Root = { type: 'root', children: [{ type: 'heading', depth: 1, children: [{ type: 'text', value: ctx.heading }] }] };
  for (const block of part.blocks) root.children.push(...blockNodes(block, ctx));
  for (const note of part.footnotes) {
    const text: Inline[] = note.text ?? [{ type: 'text', value: LOST_NOTE }];
    root.children.push({
      type: 'footnoteDefinition',
      identifier: String(note.n),
      label: String(note.n),
      children: [paragraph(text, ctx) as never],
    });
  }
  const body = toMarkdown(root, {
    extensions: [gfmToMarkdown({ tablePipeAlign: false }), directiveToMarkdown()],
    bullet: '-',
    fences: true,
    rule: '-',
  });
  return `---\n${front}---\n\n${body}`;
}
