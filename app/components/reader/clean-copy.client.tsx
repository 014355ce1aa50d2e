'use client';

import { useEffect } from 'react';
import { cleanCopy } from './clean-copy';

function isField(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || /^(INPUT|TEXTAREA)$/.test(el.tagName));
}

/**
 * Copying from the chapter text writes clean text/plain and text/html (see clean-copy.ts); a copy that
 * touches nothing of the chapter (the header, a search field) is left to the browser.
 */
export function CleanCopyHandler() {
  useEffect(() => {
    const onCopy = (e: ClipboardEvent) => {
      if (!e.clipboardData || isField(e.target)) return;
      const chapter = document.getElementById('chapter-text');
      const selection = document.getSelection();
      if (!chapter || !selection || selection.isCollapsed) return;
      const ranges = Array.from({ length: selection.rangeCount }, (_, i) => selection.getRangeAt(i));
      if (!ranges.some((r) => r.intersectsNode(chapter))) return;
      const parts = ranges.map((r) => cleanCopy(r, location.href));
      e.preventDefault();
      e.clipboardData.setData('text/plain', parts.map((p) => p.text).join('\n'));
      e.clipboardData.setData('text/html', parts.map((p) => p.html).join(''));
    };
    document.addEventListener('copy', onCopy);
    return () => document.removeEventListener('copy', onCopy);
  }, []);
  return null;
}
