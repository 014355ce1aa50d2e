import type { Element, Parent, Root } from 'hast';
import { h } from 'hastscript';
import { isElement } from 'hast-util-is-element';

export { isElement };

/** Small helpers shared by the rehype plugins; kept here so each plugin file stays about one transform. */

export function classes(node: Element): string[] {
  const value = node.properties?.className;
  if (Array.isArray(value)) return value.map(String);
  if (typeof value === 'string') return (value as string).split(/\s+/);
  return [];
}

export function hasClass(node: Element, name: string): boolean {
  return classes(node).includes(name);
}

export function addClass(node: Element, ...names: string[]): void {
  node.properties = { ...node.properties, className: [...classes(node), ...names] };
}

export function text(value: string) {
  return { type: 'text' as const, value };
}

/** Every element child of a parent, in order (text and comments between blocks are skipped). */
export function elementChildren(parent: Parent | Root): Element[] {
  return parent.children.filter((c): c is Element => isElement(c));
}

/**
 * The small UI elements the renderer injects (link icons, pilcrows, notices) carry this class, so that
 * the find bar, copy-paste and print can tell them from the report's own text.
 */
export const UI_CLASS = 'ui';

export function anchorLink(href: string, label: string, glyph: string, extraClass: string): Element {
  return h('a', { href, className: [UI_CLASS, 'anchor-link', extraClass], ariaLabel: label }, glyph);
}
