'use client';

import { useEffect } from 'react';
import { onScrollFrame } from './on-scroll-frame';

/** The class on <html> that slides the header (and an idle find bar) away; CSS applies it below 1024 px only. */
const COLLAPSED = 'bars-collapsed';
/** A scroll counts as the reader's own within this long after a touch move or wheel turn. */
const USER_SCROLL_MS = 400;

/**
 * On a phone the header, the TOC bar and the find bar take 192 of 844 px. While the reader scrolls down
 * (by finger or wheel) the header slides away and the TOC bar moves up into its place; any scroll up, or
 * the top of the page, brings it back. Jumps (a TOC entry, a note, Back) are not the reader's own scroll:
 * they leave the bars as they are, so a target lands where the scroll padding says.
 */
export function CollapsingBars() {
  useEffect(() => {
    const root = document.documentElement;
    let lastY = window.scrollY;
    let lastUserInput = Number.NEGATIVE_INFINITY;
    const markInput = () => {
      lastUserInput = performance.now();
    };
    const update = () => {
      const y = window.scrollY;
      const delta = y - lastY;
      lastY = y;
      const byReader = performance.now() - lastUserInput < USER_SCROLL_MS;
      if (y < window.innerHeight / 2 || delta < -4) root.classList.remove(COLLAPSED);
      else if (byReader && delta > 4) root.classList.add(COLLAPSED);
    };
    window.addEventListener('touchmove', markInput, { passive: true });
    window.addEventListener('wheel', markInput, { passive: true });
    const stop = onScrollFrame(update);
    return () => {
      stop();
      window.removeEventListener('touchmove', markInput);
      window.removeEventListener('wheel', markInput);
      root.classList.remove(COLLAPSED);
    };
  }, []);
  return null;
}
