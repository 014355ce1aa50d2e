'use client';

import { useEffect } from 'react';

/** `[` and `]` go to the previous and next chapter (the pager's rel=prev/next links), when not typing. */
export function ChapterKeys() {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return;
      const el = e.target as HTMLElement | null;
      if (el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName))) return;
      const rel = e.key === '[' ? 'prev' : e.key === ']' ? 'next' : null;
      const link = rel ? document.querySelector<HTMLAnchorElement>(`.chapter-pager a[rel="${rel}"]`) : null;
      if (!link) return;
      e.preventDefault();
      // Clicking the pager's own <Link> keeps client-side navigation without importing the router here.
      link.click();
    };
    document.addEventListener('keydown', onKey);
    // Tests (and curious readers) can tell when the chapter's keys are live.
    document.documentElement.dataset.readerReady = document.location.pathname;
    return () => {
      document.removeEventListener('keydown', onKey);
      delete document.documentElement.dataset.readerReady;
    };
  }, []);
  return null;
}
