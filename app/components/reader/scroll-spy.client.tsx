'use client';

import { useEffect } from 'react';
import { onScrollFrame } from './on-scroll-frame';

/**
 * Scrolls `scroller` (and only it: never the page) so that `link` is inside it, a third of the way down
 * when it has to move, so the entries after the current one show too.
 */
function keepInView(scroller: HTMLElement, link: HTMLElement | undefined): void {
  if (!link) return;
  const box = scroller.getBoundingClientRect();
  const r = link.getBoundingClientRect();
  if (r.top >= box.top && r.bottom <= box.bottom) return;
  scroller.scrollTop += r.top - box.top - scroller.clientHeight / 3;
}

/**
 * Marks the TOC entry of the section being read (aria-current="location"), keeps it in view inside the
 * sidebar (and the phone's panel when it opens) and shows its title in the phone's "目录" summary (which closes when an entry is chosen). The current section is the last heading
 * whose top has passed the sticky header.
 */
export function ScrollSpy() {
  useEffect(() => {
    const links = Array.from(document.querySelectorAll<HTMLAnchorElement>('a[data-toc]'));
    const ids = Array.from(new Set(links.map((a) => a.dataset.toc!)));
    const headings = ids.map((id) => document.getElementById(id)).filter((h): h is HTMLElement => !!h);
    const summary = document.querySelector<HTMLElement>('[data-toc-current]');
    const sidebar = document.querySelector<HTMLElement>('.toc-sidebar');
    let active: string | null = null;

    const update = () => {
      // Anchored headings land at scroll-padding-top; a little slack makes a just-followed link count as read.
      const line = (parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 72) + 24;
      let current = headings[0]?.id ?? null;
      for (const h of headings) {
        if (h.getBoundingClientRect().top <= line) current = h.id;
        else break;
      }
      // At the very end of the page the last sections may never reach the line: the last one is current.
      const atBottom = window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2;
      if (atBottom && headings.length) current = headings[headings.length - 1].id;
      if (current === active) return;
      active = current;
      for (const a of links) {
        if (a.dataset.toc === current) a.setAttribute('aria-current', 'location');
        else a.removeAttribute('aria-current');
      }
      if (sidebar)
        keepInView(
          sidebar,
          links.find((a) => a.dataset.toc === current && sidebar.contains(a)),
        );
      // The TOC link's markup is our own (text plus number marks), so it can be mirrored as is.
      if (summary && current) summary.innerHTML = links.find((a) => a.dataset.toc === current)?.innerHTML ?? '';
    };
    // Choosing an entry in the phone's TOC closes it; the link's own navigation then proceeds.
    const mobile = document.querySelector<HTMLDetailsElement>('details.toc-mobile');
    const onPick = (e: MouseEvent) => {
      if ((e.target as Element).closest('a[data-toc]') && mobile) mobile.open = false;
    };
    // The phone's panel lists the whole report: it opens on the section being read, not on the preface.
    const panel = mobile?.querySelector<HTMLElement>(':scope > nav');
    const onToggle = () => {
      if (mobile?.open && panel) keepInView(panel, panel.querySelector<HTMLElement>('a[aria-current="location"]') ?? undefined);
    };
    mobile?.addEventListener('click', onPick);
    mobile?.addEventListener('toggle', onToggle);
    const stop = onScrollFrame(update);
    return () => {
      stop();
      mobile?.removeEventListener('click', onPick);
      mobile?.removeEventListener('toggle', onToggle);
    };
  }, []);
  return null;
}
