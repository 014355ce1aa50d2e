'use client';

import { usePathname } from 'next/navigation';
import { useEffect } from 'react';

/**
 * Disclosure menus (`details[data-dismissable]`: the phone's header menu and TOC bar) close when a link in
 * them is chosen, on a tap or click outside, and on Esc (focus then returns to their summary). The header
 * menu also marks the part being read.
 */
export function DismissDetails() {
  const pathname = usePathname();

  useEffect(() => {
    const openMenus = () => Array.from(document.querySelectorAll<HTMLDetailsElement>('details[data-dismissable][open]'));
    const onPointerDown = (e: PointerEvent) => {
      for (const d of openMenus()) if (!d.contains(e.target as Node)) d.open = false;
    };
    const onClick = (e: MouseEvent) => {
      const link = (e.target as Element | null)?.closest?.('a[href]');
      const menu = link?.closest<HTMLDetailsElement>('details[data-dismissable]');
      if (menu) menu.open = false;
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      for (const d of openMenus()) {
        const hadFocus = d.contains(document.activeElement);
        d.open = false;
        if (hadFocus) d.querySelector<HTMLElement>('summary')?.focus();
      }
    };
    document.addEventListener('pointerdown', onPointerDown, true);
    document.addEventListener('click', onClick);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown, true);
      document.removeEventListener('click', onClick);
      document.removeEventListener('keydown', onKey);
    };
  }, []);

  useEffect(() => {
    document.querySelectorAll<HTMLAnchorElement>('a[data-menu-part]').forEach((a) => {
      if (pathname === `/chapters/${a.dataset.menuPart}`) a.setAttribute('aria-current', 'page');
      else a.removeAttribute('aria-current');
    });
  }, [pathname]);

  return null;
}
