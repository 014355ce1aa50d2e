'use client';

import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';

/** Room kept between the tooltip and the screen's edges or the sticky bars, in CSS px. */
const GAP = 8;

interface Tip {
  text: string;
  style: React.CSSProperties;
  above: boolean;
}

/** The bottom of whatever is stuck to the top of the screen (header, TOC bar, find bar): a tooltip must stay below it. */
function stickyBottom(): number {
  let bottom = 0;
  for (const el of document.querySelectorAll<HTMLElement>('.site-header, .toc-mobile, .find-bar')) {
    const r = el.getBoundingClientRect();
    const position = getComputedStyle(el).position;
    if (
      (position === 'sticky' || position === 'fixed') &&
      r.height > 0 &&
      r.top <= GAP &&
      r.bottom > 0 &&
      getComputedStyle(el).visibility !== 'hidden'
    ) {
      bottom = Math.max(bottom, r.bottom);
    }
  }
  return bottom;
}

/**
 * Where a tooltip for `mark` goes: above it when there is room below the sticky bars, else below; never
 * wider than the screen, shifted sideways to stay inside it, and scrollable when the reasoning is longer
 * than the room (fixed position, so no ancestor's overflow clips it).
 */
function place(mark: Element): Omit<Tip, 'text'> {
  const r = mark.getBoundingClientRect();
  const vw = document.documentElement.clientWidth;
  const vh = window.innerHeight;
  const top = stickyBottom() + GAP;
  const width = Math.min(256, vw - 2 * GAP);
  const left = Math.min(Math.max(r.left + r.width / 2 - width / 2, GAP), vw - GAP - width);
  const roomAbove = r.top - GAP - top;
  const roomBelow = vh - GAP - (r.bottom + GAP);
  const above = roomAbove >= Math.min(160, roomBelow);
  return above
    ? { above, style: { left, width, bottom: vh - (r.top - GAP), maxHeight: roomAbove } }
    : { above, style: { left, width, top: r.bottom + GAP, maxHeight: roomBelow } };
}

/**
 * The numbers' full titles (their reasoning and sources): the page's HTML carries short ones to stay
 * small (lib/markdown/number-title.ts), and the article names the file with the rest. Loaded once the
 * page is idle, or at once when a number gets focus first; after that, hover and the tooltip say it all.
 */
function fullTitlesLoader(onLoaded: () => void): () => void {
  const href = document.getElementById('chapter')?.dataset.numberReasons;
  let started = false;
  return () => {
    if (started || !href) return;
    started = true;
    fetch(href)
      .then((response) => (response.ok ? response.json() : {}))
      .then((titles: Record<string, string>) => {
        for (const [id, title] of Object.entries(titles)) document.getElementById(id)?.setAttribute('title', title);
        onLoaded();
      })
      // Offline or failing: the short titles stay, and they are true.
      .catch(() => {});
  };
}

/** Runs `task` when the browser has nothing better to do (Safari has no requestIdleCallback); returns a cancel. */
function whenIdle(task: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(task, { timeout: 4000 });
    return () => cancelIdleCallback(handle);
  }
  const handle = window.setTimeout(task, 2000);
  return () => window.clearTimeout(handle);
}

/**
 * The tooltip of an unproven number (its notice, raw digits and reasoning, from its title) when it has
 * focus: by keyboard, or by a tap on a touch screen, where no hover tooltip exists. Without JavaScript
 * the stylesheet shows the same text under :focus, but cannot keep it inside the screen or out from
 * under the sticky header; this does both, follows the number while the page scrolls, and closes on
 * blur, Esc, or when the number leaves the screen.
 */
export function NumberTooltip() {
  const [tip, setTip] = useState<Tip | null>(null);

  useEffect(() => {
    let current: HTMLElement | null = null;
    const close = () => {
      current?.removeAttribute('aria-describedby');
      current = null;
      setTip(null);
    };
    const loadFullTitles = fullTitlesLoader(() => {
      if (current) setTip({ text: current.title, ...place(current) });
    });
    const cancelIdle = whenIdle(loadFullTitles);
    const onFocusIn = (e: FocusEvent) => {
      const mark = (e.target as Element | null)?.closest?.<HTMLElement>('abbr.num-mark[title]');
      if (!mark || mark.closest('.num-legend')) return close();
      loadFullTitles();
      current = mark;
      mark.setAttribute('aria-describedby', 'num-tooltip');
      setTip({ text: mark.title, ...place(mark) });
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && current) close();
    };
    // The page may still be settling a scroll when the number gets focus: follow the number, and let go
    // of it once it leaves the screen.
    const onScroll = () => {
      if (!current) return;
      const r = current.getBoundingClientRect();
      if (r.bottom < stickyBottom() || r.top > window.innerHeight) return close();
      setTip({ text: current.title, ...place(current) });
    };
    document.addEventListener('focusin', onFocusIn);
    document.addEventListener('focusout', close);
    document.addEventListener('keydown', onKey);
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      cancelIdle();
      document.removeEventListener('focusin', onFocusIn);
      document.removeEventListener('focusout', close);
      document.removeEventListener('keydown', onKey);
      window.removeEventListener('scroll', onScroll);
    };
  }, []);

  if (!tip) return null;
  return createPortal(
    <div id="num-tooltip" role="tooltip" className="num-tooltip ui" data-placement={tip.above ? 'above' : 'below'} style={tip.style}>
      {tip.text}
    </div>,
    document.body,
  );
}
