/**
 * The text a reader sees in an mdast node, with the positions of `:num` readings so that their raw
 * digits (the source's printing, before a decimal point was restored) stay searchable.
 */
import type { Nodes } from 'mdast';
import type { NumSpan } from './types';

export class TextBuilder {
  text = '';
  nums: NumSpan[] = [];

  /** Starts a new block on its own line (blocks never run together into false matches). */
  block(): void {
    if (this.text.length > 0 && !this.text.endsWith('\n')) this.text += '\n';
  }

  add(s: string): void {
    this.text += s;
  }

  num(reading: string, raw: string): void {
    this.nums.push({ at: this.text.length, length: reading.length, raw });
    this.text += reading;
  }
}

interface DirectiveLike {
  type: 'textDirective' | 'leafDirective' | 'containerDirective';
  name: string;
  attributes?: Record<string, string | null | undefined> | null;
  children: Nodes[];
}

/** Appends the visible text of `node` (inline or block) to `out`. */
export function appendVisible(node: Nodes, out: TextBuilder): void {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      out.add(node.value);
      return;
    case 'break':
      out.add('\n');
      return;
    case 'image':
      out.add(node.alt ?? '');
      return;
    case 'html':
      // Never emitted by the content build, so it is text the source contained; the reader shows it as such.
      out.add(node.value);
      return;
    case 'footnoteReference':
    case 'definition':
    case 'footnoteDefinition':
    case 'yaml':
    case 'thematicBreak':
      return;
    case 'code':
      out.block();
      out.add(node.value);
      return;
    case 'table':
      for (const row of node.children) {
        out.block();
        row.children.forEach((cell, i) => {
          if (i > 0) out.add(' ');
          for (const child of cell.children) appendVisible(child, out);
        });
      }
      return;
    default:
      break;
  }
  const directive = node as unknown as DirectiveLike;
  if (directive.type === 'textDirective') {
    const label = new TextBuilder();
    for (const child of directive.children) appendVisible(child, label);
    if (directive.name === 'num') {
      out.num(label.text, String(directive.attributes?.raw ?? label.text));
    } else {
      // Not a directive of ours: a stray `:30` in running text that the parser took for one.
      out.add(`:${directive.name}${label.text}`);
    }
    return;
  }
  if (directive.type === 'leafDirective' || directive.type === 'containerDirective') {
    // Known containers are split into their own units by sections.ts; others are shown as typed.
    out.block();
    out.add(`${directive.type === 'leafDirective' ? '::' : ':::'}${directive.name}`);
    for (const child of directive.children) appendVisible(child, out);
    return;
  }
  if ('children' in node) {
    const isBlock =
      node.type === 'paragraph' ||
      node.type === 'heading' ||
      node.type === 'listItem' ||
      node.type === 'blockquote' ||
      node.type === 'list' ||
      directive.type === 'containerDirective' ||
      node.type === 'tableRow';
    if (isBlock) out.block();
    for (const child of node.children as Nodes[]) appendVisible(child, out);
  }
}

/** Visible text of a node alone. */
export function visibleText(node: Nodes): string {
  const out = new TextBuilder();
  appendVisible(node, out);
  return out.text.trim();
}
