/**
 * A chapter's Markdown (lib/content/FORMAT.md) → the units search returns: one per heading (the text
 * up to the next heading), one per figure, table and box, one per footnote. Anchors come from
 * lib/content/anchors.ts, the same functions the reader uses, so a result links to the element it names.
 */
import type { Heading, Nodes, Root, RootContent } from 'mdast';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkDirective from 'remark-directive';
import {
  BLOCK_LABEL_PATTERN,
  HeadingWalk,
  UNATTACHED_NOTES_ANCHOR,
  UNATTACHED_NOTES_TITLE,
  blockIdFromLabel,
  footnoteId,
  headingNumber,
  partAnchor,
} from '@/lib/content/anchors';
import type { DocKind, SectionDoc } from './types';
import { TextBuilder, appendVisible, visibleText } from './visible-text';

export interface ChapterInput {
  meta: { slug: string; title: string };
  body: string;
}

interface Open {
  doc: Omit<SectionDoc, 'text' | 'nums'>;
  out: TextBuilder;
  /** Where the unit goes in `docs`: reserved when it opens, so units stay in reading order. */
  slot: number;
}

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkDirective);
const BLOCK_LABEL = new RegExp(`^(${BLOCK_LABEL_PATTERN})\\s*[0-9A-Za-z]+[-.－][0-9]+`);

export function chapterSections(chapter: ChapterInput): SectionDoc[] {
  const tree = parser.parse(chapter.body) as Root;
  const slug = chapter.meta.slug;
  let chapterTitle = chapter.meta.title;
  const docs: (SectionDoc | null)[] = [];
  const headings: { depth: number; heading: string }[] = [];
  const walk = new HeadingWalk(slug);
  const notes = new Map<string, { n: string; node: Nodes }>();
  const noteContext = new Map<string, string[]>();

  const open = (kind: DocKind, anchor: string, number: string, title: string, heading: string, path: string[], node?: Nodes): Open => {
    const out = new TextBuilder();
    // From the node when there is one, so that :num readings in headings keep their raw digits.
    if (node) appendVisible(node, out);
    else out.add(heading);
    docs.push(null);
    return { doc: { chapter: slug, chapterTitle, anchor, number, title, kind, path, heading }, out, slot: docs.length - 1 };
  };
  const close = (o: Open) => {
    docs[o.slot] = { ...o.doc, text: o.out.text.trim(), nums: o.out.nums };
  };
  const remember = (node: RootContent, where: Open) => {
    visitRefs(node, (id) => {
      if (!noteContext.has(id)) noteContext.set(id, [...where.doc.path, where.doc.heading].filter(Boolean));
    });
  };

  const top = partAnchor(slug);
  let current: Open = open('chapter', top, '', chapterTitle, chapterTitle, []);
  let sawH1 = false;
  for (const node of tree.children) {
    if (node.type === 'heading' && node.depth === 1) {
      chapterTitle = visibleText(node);
      if (!sawH1 && current.out.text === current.doc.heading) current = open('chapter', top, '', chapterTitle, chapterTitle, [], node);
      sawH1 = true;
      continue;
    }
    if (node.type === 'heading') {
      close(current);
      current = openHeading(node);
      continue;
    }
    if (node.type === 'footnoteDefinition') {
      notes.set(node.identifier, { n: node.label ?? node.identifier, node });
      continue;
    }
    const directive = node as unknown as {
      type: string;
      name: string;
      attributes?: Record<string, string | null | undefined> | null;
      children: RootContent[];
    };
    if (directive.type === 'containerDirective' && ['figure', 'table', 'box'].includes(directive.name)) {
      const first = directive.children.find((c) => c.type === 'paragraph');
      const caption = first ? visibleText(first) : '';
      const label = BLOCK_LABEL.exec(caption)?.[0] ?? '';
      const anchor = directive.attributes?.id ?? blockIdFromLabel(caption) ?? current.doc.anchor;
      const block = open(
        directive.name as DocKind,
        anchor,
        label.replace(/\s+/g, ''),
        caption.slice(label.length).trim(),
        caption,
        [...current.doc.path, current.doc.heading],
        first,
      );
      for (const child of directive.children) if (child !== first) appendVisible(child as Nodes, block.out);
      remember(node, block);
      close(block);
      continue;
    }
    current.out.block();
    appendVisible(node as Nodes, current.out);
    remember(node, current);
  }
  close(current);

  for (const [id, { n, node }] of notes) {
    const out = new TextBuilder();
    for (const child of (node as { children: Nodes[] }).children) appendVisible(child, out);
    const text = out.text.trim();
    const path = noteContext.get(id) ?? [chapterTitle];
    const anchor = /^\d+$/.test(n) ? footnoteId(Number(n)) : `fn-${n}`;
    docs.push({
      chapter: slug,
      chapterTitle,
      anchor,
      number: `注${n}`,
      title: text.slice(0, 40),
      kind: 'footnote',
      path,
      heading: '',
      text,
      nums: [],
    });
  }
  return docs.filter((d): d is SectionDoc => d !== null);

  function openHeading(node: Heading): Open {
    const heading = visibleText(node);
    while (headings.length > 0 && headings[headings.length - 1].depth >= node.depth) headings.pop();
    const path = [chapterTitle, ...headings.map((h) => h.heading)];
    const number = headingNumber(heading);
    // The reader's walk (lib/content/anchors.ts): an unnumbered heading links to its enclosing section.
    const { id, section } = walk.enter(node.depth, number);
    const isItem = id !== null && number !== null && number.endsWith('.');
    const title = id && number ? heading.slice(number.length).trim() : heading;
    headings.push({ depth: node.depth, heading });
    return open(isItem ? 'item' : 'section', section, id && number ? number : '', title, heading, path, node);
  }
}

function visitRefs(node: unknown, onRef: (identifier: string) => void): void {
  const n = node as { type?: string; identifier?: string; children?: unknown[] };
  if (n.type === 'footnoteReference' && n.identifier) onRef(n.identifier);
  for (const child of n.children ?? []) visitRefs(child, onRef);
}

/**
 * Notes whose marker the source lost (outline.json `unattachedNotes`): the reader lists them under
 * “未能定位的注释” at the end of the chapter, so they are visible text and searchable too.
 */
export function unattachedNoteDocs(chapter: string, chapterTitle: string, notes: { text: string }[]): SectionDoc[] {
  return notes.map((note, i) => ({
    chapter,
    chapterTitle,
    anchor: UNATTACHED_NOTES_ANCHOR,
    number: '',
    title: `${UNATTACHED_NOTES_TITLE} ${i + 1}`,
    kind: 'footnote' as const,
    path: [chapterTitle, UNATTACHED_NOTES_TITLE],
    heading: '',
    text: note.text,
    nums: [],
  }));
}
