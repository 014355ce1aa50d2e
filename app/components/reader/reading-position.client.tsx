'use client';

import { useEffect } from 'react';
import { recordedPosition, rememberReadingPosition } from './reading-history';
import { jumpTo } from './jump';
import { saveLastPosition } from './last-position';

/** Waits this long after the last scroll event before writing the position (history and storage). */
const SETTLE_MS = 200;

function isPlainClick(e: MouseEvent): boolean {
  return e.button === 0 && !e.defaultPrevented && !e.metaKey && !e.ctrlKey && !e.shiftKey && !e.altKey;
}

/** The paragraph or heading at the reading line (just below the sticky bars). */
function anchorAtReadingLine(): HTMLElement | null {
  const line = (parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 72) + 8;
  const blocks = document.querySelectorAll<HTMLElement>('#chapter :is(h1, h2, h3, h4, p.para)[id]');
  let found: HTMLElement | null = null;
  for (const el of blocks) {
    if (el.getBoundingClientRect().bottom > line) {
      found = el;
      break;
    }
  }
  return found;
}

/**
 * The number of the TOC section holding a paragraph or heading: `sec-7-2-3-p1` → 7.2.3. Paragraph ids
 * extend their heading's id, and a numbered item's heading extends its section's, so the id is cut back
 * until it names a TOC entry.
 */
function sectionLabel(id: string): string {
  let key = id.replace(/-p\d+$/, '');
  while (key.includes('-')) {
    const entry = document.querySelector<HTMLAnchorElement>(`a[data-toc="${CSS.escape(key)}"]`);
    if (entry) return (entry.textContent ?? '').split(' ')[0];
    key = key.slice(0, key.lastIndexOf('-'));
  }
  return '';
}

/**
 * Keeps the reader's place: in-page links push a history entry after recording the scroll position,
 * Back/Forward restore it, reload too (the position is in the entry), and the last place per chapter is
 * kept for the home page's "继续阅读".
 */
export function ReadingPosition({ slug, part }: { slug: string; part: string }) {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;

    const onClick = (e: MouseEvent) => {
      const link = (e.target as Element | null)?.closest?.<HTMLAnchorElement>('a[href^="#"]');
      if (!link || !isPlainClick(e) || link.target || link.classList.contains('skip-link')) return;
      const id = decodeURIComponent(link.hash.slice(1));
      if (id && jumpTo(id)) e.preventDefault();
    };

    const restore = ({ unlessScrolled = false } = {}) => {
      const y = recordedPosition();
      if (y !== null) {
        window.scrollTo({ top: y, behavior: 'instant' as ScrollBehavior });
        return;
      }
      // A page that has already moved (the browser went to the anchor, the find bar to a match) stays.
      if (unlessScrolled && window.scrollY !== 0) return;
      const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
      target?.scrollIntoView({ block: 'start', behavior: 'instant' as ScrollBehavior });
    };
    // The router handles popstate too and may scroll after us (later on a busy machine): the recorded
    // position is applied after its first frames and once more if something moved the page since.
    let settleCheck: ReturnType<typeof setTimeout> | undefined;
    // Between a traversal and our restore the page still stands where the entry we left was: a save
    // then would write that place into the entry we arrived at (a Back within SETTLE_MS of a jump wrote
    // the jump's target into the reading position's entry, and Back stayed at the target).
    let restorePending = false;
    const onPopState = () => {
      clearTimeout(timer);
      restorePending = true;
      requestAnimationFrame(() =>
        requestAnimationFrame(() => {
          restore();
          restorePending = false;
        }),
      );
      clearTimeout(settleCheck);
      settleCheck = setTimeout(() => {
        const y = recordedPosition();
        if (y !== null && Math.round(window.scrollY) !== y) restore();
      }, SETTLE_MS / 2);
    };

    const save = () => {
      if (restorePending) return;
      rememberReadingPosition();
      const anchor = anchorAtReadingLine();
      saveLastPosition({ slug, part, section: anchor ? sectionLabel(anchor.id) : '', anchor: anchor?.id ?? '', at: Date.now() });
    };
    const onScroll = () => {
      clearTimeout(timer);
      timer = setTimeout(save, SETTLE_MS);
    };

    // The browser's own restoration would race ours (it restores late, after layout, and its saved
    // position can predate a jump): positions in this chapter are restored from the entries only.
    const previousRestoration = history.scrollRestoration;
    history.scrollRestoration = 'manual';
    // A reload keeps the entry's state: return to the recorded position rather than the URL's anchor
    // (with manual restoration the browser no longer scrolls to the anchor on reload, so that is ours too).
    const first = requestAnimationFrame(() => {
      restore({ unlessScrolled: true });
      save();
    });
    window.addEventListener('click', onClick);
    window.addEventListener('popstate', onPopState);
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('pagehide', save);
    return () => {
      history.scrollRestoration = previousRestoration;
      clearTimeout(settleCheck);
      cancelAnimationFrame(first);
      clearTimeout(timer);
      window.removeEventListener('click', onClick);
      window.removeEventListener('popstate', onPopState);
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('pagehide', save);
    };
  }, [slug, part]);
  return null;
}
