'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { findMatches, fold } from './find-match';
import { findTerms, isRawDigits } from './find-terms';
import { collectTextNodes } from './find-text-nodes';
import { isRecordedEntry, pushReadingPosition } from './reading-history';
import { FindButton, type FindStart, isFindOpenKey } from './find-open';

type Simplify = (text: string) => string;
let simplifier: Promise<Simplify> | null = null;
/** The traditional → simplified tables (~50 KB) are fetched the first time the bar searches, not with the page. */
function loadSimplifier(): Promise<Simplify> {
  simplifier ??= import('@/lib/text/to-simplified').then(
    (m) => m.toSimplified,
    () => (text: string) => text,
  );
  return simplifier;
}
/** Only text with CJK characters can differ between traditional and simplified. */
const MAY_BE_TRADITIONAL = /[\u3400-\u9fff\uf900-\ufaff]/u;

const HIGHLIGHT_ALL = 'find-match';
const HIGHLIGHT_CURRENT = 'find-current';
function clearHighlights() {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
  CSS.highlights.delete(HIGHLIGHT_ALL);
  CSS.highlights.delete(HIGHLIGHT_CURRENT);
}

export interface FindResult {
  terms: string[];
  /** Every match of every term, in document order. */
  ranges: Range[];
  /** How many matches each term has, in the order of `terms`. */
  counts: number[];
}

/**
 * Ranges of every match of every term in the chapter text (CSS Custom Highlight API paints them). A term
 * that is a number mark's raw digits (4383) also matches that mark, which the page shows as its reading (43.83).
 */
function findInChapter(terms: string[]): FindResult {
  const article = document.getElementById('chapter-text');
  if (!article || terms.length === 0) return { terms, ranges: [], counts: terms.map(() => 0) };
  const { nodes, texts } = collectTextNodes(article);
  const marks = Array.from(article.querySelectorAll<HTMLElement>('abbr.num-mark[data-raw], span.num[data-raw]'));
  const perTerm = terms.map((term) => {
    const ranges = findMatches(texts, term).map((m) => {
      const range = document.createRange();
      range.setStart(nodes[m.start.segment]!, m.start.offset);
      range.setEnd(nodes[m.end.segment]!, m.end.offset);
      return range;
    });
    for (const mark of marks) {
      // A reading that equals its raw digits (an integer) is already found as text.
      if (!isRawDigits(term, mark.dataset.raw!) || fold(mark.textContent ?? '') === fold(term)) continue;
      const range = document.createRange();
      // Its text node, not the element: the range then starts where any text match would.
      range.selectNodeContents(mark.firstChild ?? mark);
      ranges.push(range);
    }
    return ranges;
  });
  const ranges = perTerm
    .flat()
    .sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b) || a.compareBoundaryPoints(Range.END_TO_END, b));
  return { terms, ranges, counts: perTerm.map((r) => r.length) };
}

/** Index of the first match after the element the URL points at (search results link to a section). */
function firstAfterAnchor(ranges: Range[]): number {
  const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  if (!target) return 0;
  const i = ranges.findIndex(
    (r) => target.compareDocumentPosition(r.startContainer) & Node.DOCUMENT_POSITION_FOLLOWING || target.contains(r.startContainer),
  );
  return i === -1 ? 0 : i;
}

/**
 * The find bar, loaded by find-bar.client.tsx on the reader's first intent. `start` is what asked for it:
 * the button or the key (the bar opens at once, as it would have had it been loaded with the page), or a
 * `?q=` landing (the effect below handles it).
 */
export function FindBarLive({ start }: { start: FindStart }) {
  // Opened by its button or key, the bar is open from its first render (a later frame could come too late
  // for the focus below).
  const [open, setOpen] = useState(start !== 'landing');
  const [query, setQuery] = useState('');
  const [result, setResult] = useState<FindResult>({ terms: [], ranges: [], counts: [] });
  const [current, setCurrent] = useState(-1);
  const inputRef = useRef<HTMLInputElement>(null);
  const openerRef = useRef<HTMLElement | null>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  // While an IME composes (pinyin, zhuyin…) the box holds letters that are not the query yet.
  const composing = useRef(false);
  // Runs are asynchronous (the converter may still be loading): only the latest may paint.
  const runId = useRef(0);
  // The first jump of a find session leaves a history entry, so Back returns to where reading was.
  const jumped = useRef(false);

  const show = useCallback((index: number, list: Range[], record: boolean, scroll = true) => {
    setCurrent(index);
    if (typeof CSS !== 'undefined' && 'highlights' in CSS) {
      CSS.highlights.set(HIGHLIGHT_ALL, new Highlight(...list));
      if (list[index]) CSS.highlights.set(HIGHLIGHT_CURRENT, new Highlight(list[index]));
      else CSS.highlights.delete(HIGHLIGHT_CURRENT);
    }
    const range = list[index];
    if (!range || !scroll) return;
    if (record && !jumped.current) {
      jumped.current = true;
      pushReadingPosition();
    }
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

  /**
   * `typed`: from the box, goes to the first match. `landing`: from a search result's ?q=, goes to the first
   * match after the anchor. `revisit`: the same, but on an entry the reader has been at before (reload,
   * Back): the matches are painted and the recorded reading position is kept.
   */
  const run = useCallback(
    async (q: string, mode: 'typed' | 'landing' | 'revisit' = 'typed') => {
      const id = ++runId.current;
      const simplify = MAY_BE_TRADITIONAL.test(q) ? await loadSimplifier() : (text: string) => text;
      if (id !== runId.current) return;
      const found = findInChapter(findTerms(q, simplify));
      setResult(found);
      if (found.ranges.length === 0) {
        clearHighlights();
        setCurrent(-1);
        return;
      }
      if (mode === 'typed') show(0, found.ranges, true);
      else show(firstAfterAnchor(found.ranges), found.ranges, false, mode === 'landing');
    },
    [show],
  );

  const openBar = useCallback(() => {
    openerRef.current = document.activeElement as HTMLElement | null;
    setOpen(true);
    requestAnimationFrame(() => {
      inputRef.current?.focus();
      inputRef.current?.select();
    });
  }, []);

  const close = useCallback(() => {
    runId.current++;
    setOpen(false);
    clearHighlights();
    setResult({ terms: [], ranges: [], counts: [] });
    setCurrent(-1);
    jumped.current = false;
    openerRef.current?.focus?.();
  }, []);

  // ?q=<words> (as search results link) opens the bar with the words, at the first match after the anchor;
  // a later result in this same chapter (a new #anchor, same page) runs the find again. Back and Forward
  // return to a recorded reading position instead, so they do not re-run it.
  useEffect(() => {
    const land = () => {
      const q = new URLSearchParams(location.search).get('q');
      if (!q) return;
      setQuery(q);
      setOpen(true);
      jumped.current = false;
      // Decided now, before the reading position of this fresh entry is first recorded.
      const mode = isRecordedEntry() ? 'revisit' : 'landing';
      // Wait a frame so the browser's own scroll to #anchor has happened first.
      requestAnimationFrame(() => {
        void run(q, mode);
      });
    };
    land();
    const onHashChange = () => {
      if (!isRecordedEntry()) land();
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, [run]);

  // The press that loaded this bar opens it. The loader's button this replaced had the focus after a
  // click or tap; this bar's own button is where focus returns on close.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only the first intent, once, on mount
  useEffect(() => {
    if (start === 'landing') return;
    openerRef.current = start === 'button' ? buttonRef.current : (document.activeElement as HTMLElement | null);
    inputRef.current?.focus();
  }, []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (isFindOpenKey(e)) {
        e.preventDefault();
        openBar();
      } else if (e.key === 'Escape' && document.getElementById('find-bar') && !document.querySelector('[data-fn-sheet]')) {
        close();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [openBar, close]);

  const { ranges, terms, counts } = result;
  const step = (delta: number) => {
    if (ranges.length === 0) return;
    show((current + delta + ranges.length) % ranges.length, ranges, true);
  };

  return (
    <>
      <div className="chapter-tools js-only">
        <FindButton ref={buttonRef} expanded={open} onClick={openBar} />
      </div>
      {open ? (
        <div id="find-bar" className="find-bar" role="search" aria-label="在本章中查找">
          <input
            ref={inputRef}
            type="search"
            value={query}
            placeholder="在本章中查找（空格分隔多个词）"
            aria-label="在本章中查找"
            onCompositionStart={() => {
              composing.current = true;
            }}
            onCompositionEnd={(e) => {
              composing.current = false;
              void run(e.currentTarget.value);
            }}
            onChange={(e) => {
              setQuery(e.target.value);
              if (!composing.current && !(e.nativeEvent as InputEvent).isComposing) void run(e.target.value);
            }}
            onKeyDown={(e) => {
              if (e.nativeEvent.isComposing) return;
              if (e.key === 'Enter') {
                e.preventDefault();
                step(e.shiftKey ? -1 : 1);
              }
              if (e.key === 'Escape') {
                e.preventDefault();
                close();
              }
            }}
          />
          <span className="find-count" aria-live="polite" data-find-count>
            {query.trim() && terms.length ? (ranges.length ? `${current + 1} / ${ranges.length}` : '无结果') : ''}
          </span>
          <button type="button" className="icon-button" onClick={() => step(-1)} aria-label="上一个匹配" disabled={!ranges.length}>
            ↑
          </button>
          <button type="button" className="icon-button" onClick={() => step(1)} aria-label="下一个匹配" disabled={!ranges.length}>
            ↓
          </button>
          <button type="button" className="icon-button" onClick={close} aria-label="关闭查找">
            ✕
          </button>
          {terms.length > 1 ? (
            <ul className="find-terms" aria-label="各词匹配数" data-find-terms>
              {terms.map((t, i) => (
                <li key={t} data-term={t}>
                  <span className="find-term">{t}</span> {counts[i]}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </>
  );
}
