'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { findMatches } from './find-match';
import { collectTextNodes } from './find-text-nodes';

const HIGHLIGHT_ALL = 'find-match';
const HIGHLIGHT_CURRENT = 'find-current';
/** The key that opens the bar: `f`, when not typing and without modifiers (Ctrl+F stays the browser's). */
const OPEN_KEY = 'f';

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));
}

function clearHighlights() {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
  CSS.highlights.delete(HIGHLIGHT_ALL);
  CSS.highlights.delete(HIGHLIGHT_CURRENT);
}

/** Ranges of every match of `query` in the chapter text (CSS Custom Highlight API paints them). */
function rangesFor(query: string): Range[] {
  const article = document.getElementById('chapter-text');
  if (!article) return [];
  const { nodes, texts } = collectTextNodes(article);
  return findMatches(texts, query).map((m) => {
    const range = document.createRange();
    range.setStart(nodes[m.start.segment]!, m.start.offset);
    range.setEnd(nodes[m.end.segment]!, m.end.offset);
    return range;
  });
}

/** Index of the first match after the element the URL points at (search results link to a section). */
function firstAfterAnchor(ranges: Range[]): number {
  const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  if (!target) return 0;
  const i = ranges.findIndex((r) => target.compareDocumentPosition(r.startContainer) & Node.DOCUMENT_POSITION_FOLLOWING || target.contains(r.startContainer));
  return i === -1 ? 0 : i;
}

export function FindBar() {
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [ranges, setRanges] = useState<Range[]>([]);
  const [current, setCurrent] = useState(-1);
  const inputRef = useRef<HTMLInputElement>(null);
  const openerRef = useRef<HTMLElement | null>(null);

  const show = useCallback((index: number, list: Range[]) => {
    setCurrent(index);
    if (typeof CSS !== 'undefined' && 'highlights' in CSS) {
      CSS.highlights.set(HIGHLIGHT_ALL, new Highlight(...list));
      if (list[index]) CSS.highlights.set(HIGHLIGHT_CURRENT, new Highlight(list[index]));
      else CSS.highlights.delete(HIGHLIGHT_CURRENT);
    }
    const range = list[index];
    if (!range) return;
    // A match inside a scrolling table (appendix A) is first brought into its own scroll box.
    const box = range.startContainer.parentElement?.closest<HTMLElement>('.table-scroll');
    if (box) {
      const r = range.getBoundingClientRect();
      const b = box.getBoundingClientRect();
      if (r.top < b.top + 40 || r.bottom > b.bottom) box.scrollTop += r.top - b.top - b.height / 3;
      if (r.left < b.left || r.right > b.right) box.scrollLeft += r.left - b.left - b.width / 3;
    }
    const rect = range.getBoundingClientRect();
    window.scrollTo({ top: window.scrollY + rect.top - window.innerHeight / 3, behavior: 'instant' as ScrollBehavior });
  }, []);

  const run = useCallback((q: string, startAtAnchor = false) => {
    const list = q.trim() ? rangesFor(q) : [];
    setRanges(list);
    if (list.length === 0) { clearHighlights(); setCurrent(-1); return; }
    show(startAtAnchor ? firstAfterAnchor(list) : 0, list);
  }, [show]);

  const openBar = useCallback(() => {
    openerRef.current = document.activeElement as HTMLElement | null;
    setOpen(true);
    requestAnimationFrame(() => { inputRef.current?.focus(); inputRef.current?.select(); });
  }, []);

  const close = useCallback(() => {
    setOpen(false);
    clearHighlights();
    setRanges([]);
    setCurrent(-1);
    openerRef.current?.focus?.();
  }, []);

  // ?q=<term> (as search results link) opens the bar with the term, scrolled to the first match after the anchor.
  useEffect(() => {
    const q = new URLSearchParams(location.search).get('q');
    if (!q) return;
    setQuery(q);
    setOpen(true);
    // Wait a frame so the browser's own scroll to #anchor has happened first.
    requestAnimationFrame(() => run(q, true));
  }, [run]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === OPEN_KEY && !e.ctrlKey && !e.metaKey && !e.altKey && !isTyping(e.target)) {
        e.preventDefault();
        openBar();
      } else if (e.key === 'Escape' && document.getElementById('find-bar') && !document.querySelector('[data-fn-sheet]')) {
        close();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [openBar, close]);

  const step = (delta: number) => {
    if (ranges.length === 0) return;
    show((current + delta + ranges.length) % ranges.length, ranges);
  };

  return (
    <>
      <div className="chapter-tools js-only">
        <button type="button" className="icon-button" onClick={openBar} aria-expanded={open} aria-controls="find-bar" aria-keyshortcuts="f">
          <span aria-hidden="true">⌕</span> 在本章中查找 <kbd className="text-xs opacity-70">F</kbd>
        </button>
      </div>
      {open ? (
        <div id="find-bar" className="find-bar" role="search" aria-label="在本章中查找">
          <input
            ref={inputRef}
            type="search"
            value={query}
            placeholder="在本章中查找"
            aria-label="在本章中查找"
            onChange={(e) => { setQuery(e.target.value); run(e.target.value); }}
            onKeyDown={(e) => {
              if (e.key === 'Enter') { e.preventDefault(); step(e.shiftKey ? -1 : 1); }
              if (e.key === 'Escape') { e.preventDefault(); close(); }
            }}
          />
          <span className="find-count" aria-live="polite" data-find-count>
            {query.trim() ? (ranges.length ? `${current + 1} / ${ranges.length}` : '无结果') : ''}
          </span>
          <button type="button" className="icon-button" onClick={() => step(-1)} aria-label="上一个匹配" disabled={!ranges.length}>↑</button>
          <button type="button" className="icon-button" onClick={() => step(1)} aria-label="下一个匹配" disabled={!ranges.length}>↓</button>
          <button type="button" className="icon-button" onClick={close} aria-label="关闭查找">✕</button>
        </div>
      ) : null}
    </>
  );
}
