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
    if (el.getBoundingClientRect().bottom > line) { found = el; break; }
  }
  return found;
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

    const restore = () => {
      const y = recordedPosition();
      if (y !== null) { window.scrollTo({ top: y, behavior: 'instant' as ScrollBehavior }); return; }
      const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
      target?.scrollIntoView({ block: 'start', behavior: 'instant' as ScrollBehavior });
    };
    // The router handles popstate too (and may scroll); the recorded position is applied after it.
    const onPopState = () => requestAnimationFrame(() => requestAnimationFrame(restore));

    const save = () => {
      rememberReadingPosition();
      const anchor = anchorAtReadingLine();
      const current = document.querySelector<HTMLAnchorElement>('.toc-sidebar a[aria-current], .toc-mobile a[aria-current]');
      const section = (current?.textContent ?? '').split(' ')[0];
      saveLastPosition({ slug, part, section, anchor: anchor?.id ?? '', at: Date.now() });
    };
    const onScroll = () => { clearTimeout(timer); timer = setTimeout(save, SETTLE_MS); };

    // A reload keeps the entry's state: return to the recorded position rather than the URL's anchor.
    if (recordedPosition() !== null) requestAnimationFrame(restore);
    window.addEventListener('click', onClick);
    window.addEventListener('popstate', onPopState);
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('pagehide', save);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('click', onClick);
      window.removeEventListener('popstate', onPopState);
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('pagehide', save);
    };
  }, [slug, part]);
  return null;
}
