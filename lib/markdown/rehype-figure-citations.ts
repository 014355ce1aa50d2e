import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { UI_CLASS, addClass, classes, hasClass, isElement, text } from './hast-helpers';

/** `图1-1`, then continuations that inherit the label: `（见图4-1，4-2）`, `图4-9、4-10`. */
const REFERENCE = /图(\d+-\d+)((?:[，、和及与至]\s*图?\d+-\d+)*)/g;
const CONTINUATION = /\d+-\d+/g;
/** A sentence ends at 。！？ (a citation sits inside its sentence: `…增长3.5%（见图1-1）。`). */
const SENTENCE = /[^。！？]*[。！？]?/g;

export interface Citation {
  paragraphId: string;
  sentence: string;
}

/**
 * The paragraph's text as the report prints it: the injected pilcrow and cite button (.ui) left out, and
 * footnote markers too (a quoted `3.5%` followed by marker 1 would read as 3.51%).
 */
function reportText(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  if (!isElement(node) || hasClass(node, UI_CLASS) || node.tagName === 'sup') return '';
  return node.children.map(reportText).join('');
}

/** Which figures each numbered paragraph cites, with the citing sentence, in reading order. */
export function findCitations(tree: Root): Map<string, Citation[]> {
  const out = new Map<string, Citation[]>();
  visit(tree, 'element', (node: Element) => {
    if (node.tagName !== 'p' || !classes(node).includes('para') || !node.properties?.id) return;
    const paragraphId = String(node.properties.id);
    const whole = node.children.map(reportText).join('');
    for (const s of whole.match(SENTENCE) ?? []) {
      const sentence = s.trim();
      if (!sentence) continue;
      for (const m of sentence.matchAll(REFERENCE)) {
        for (const n of [m[1], ...(m[2].match(CONTINUATION) ?? [])]) {
          const list = out.get(`fig-${n}`) ?? [];
          if (!list.some((c) => c.paragraphId === paragraphId && c.sentence === sentence)) list.push({ paragraphId, sentence });
          out.set(`fig-${n}`, list);
        }
      }
    }
  });
  return out;
}

/**
 * A figure's chart is not in the source, so its card says what the text says about it: each sentence
 * that cites the figure (`见图1-1`), linked to its paragraph. Runs after rehype-paragraph-ids (the
 * links need the paragraphs' ids). The quotes are text a reader sees, so the find bar counts them as
 * Ctrl+F would (they are not .ui); search indexes the Markdown, where they do not exist.
 */
export function rehypeFigureCitations() {
  return (tree: Root) => {
    const citations = findCitations(tree);
    visit(tree, 'element', (node: Element) => {
      if (!hasClass(node, 'report-figure')) return;
      const list = citations.get(String(node.properties?.id ?? ''));
      if (!list?.length) return;
      const block: Element = {
        type: 'element',
        tagName: 'div',
        properties: { className: ['figure-citations'] },
        children: [
          { type: 'element', tagName: 'p', properties: { className: ['figure-citations-title'] }, children: [text('正文中提及此图：')] },
          {
            type: 'element',
            tagName: 'ul',
            properties: {},
            children: list.map((c) => ({
              type: 'element',
              tagName: 'li',
              properties: {},
              children: [
                {
                  type: 'element',
                  tagName: 'a',
                  properties: { href: `#${c.paragraphId}`, className: ['figure-citation'] },
                  children: [text(c.sentence)],
                },
              ],
            })),
          },
        ],
      };
      // Before the source line, so the card reads caption → note → what the text says → source.
      const sourceAt = node.children.findIndex((c) => isElement(c) && hasClass(c, 'block-source'));
      node.children.splice(sourceAt === -1 ? node.children.length : sourceAt, 0, block);
      addClass(node, 'figure-card');
    });
  };
}
