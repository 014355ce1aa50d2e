'use client';

import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { currentEntryHas, pushReadingPosition } from './reading-history';
import { jumpTo } from './jump';

/** history.state key of the entry pushed while the phone's note sheet is open, so Back closes the sheet. */
const SHEET_ENTRY = 'fnSheet';

/** focusin fires synchronously inside focus(), so the flag covers exactly this one focus change. */
function focusQuietly(el: HTMLElement, flag: { current: boolean }) {
  flag.current = true;
  el.focus();
  flag.current = false;
}

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select, textarea, summary, [tabindex]:not([tabindex="-1"])';

/** The next element Tab would reach after `el` in the page, outside any preview. */
function nextFocusableAfter(el: Element): HTMLElement | null {
  for (const n of document.querySelectorAll<HTMLElement>(FOCUSABLE)) {
    if (n.closest('[data-fn-popover]') || !(el.compareDocumentPosition(n) & Node.DOCUMENT_POSITION_FOLLOWING)) continue;
    if (el.contains(n) || n.getClientRects().length === 0) continue;
    return n;
  }
  return null;
}

interface Preview {
  n: string;
  id: string;
  html: string;
  lost: boolean;
  mode: 'popover' | 'sheet';
  ref: HTMLAnchorElement;
}

/** The note's content without its back-links (↩), as HTML from our own sanitized render. */
function noteHtml(id: string): { html: string; lost: boolean } | null {
  const li = document.getElementById(id);
  if (!li) return null;
  const clone = li.cloneNode(true) as HTMLElement;
  clone.querySelectorAll('[data-footnote-backref]').forEach((a) => a.remove());
  clone.querySelectorAll('[id]').forEach((el) => el.removeAttribute('id'));
  return { html: clone.innerHTML, lost: li.classList.contains('fn-lost') };
}

/**
 * Reads a footnote without leaving the place: a popover on hover or keyboard focus of the reference, a
 * bottom sheet when the reference is tapped on a touch screen. Esc, or a tap outside, closes it. Without
 * JavaScript the reference is still a plain link to the note. Loaded by footnote-preview.client.tsx on the
 * first reference a reader points at, focuses or taps.
 */
export function FootnotePreviewLive() {
  const [preview, setPreview] = useState<Preview | null>(null);
  const closeTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const lastPointer = useRef<string>('mouse');
  const sheetClose = useRef<HTMLButtonElement>(null);
  const current = useRef<Preview | null>(null);
  // Focus returned to a reference on close must not reopen its preview.
  const quietFocus = useRef(false);
  current.current = preview;

  useEffect(() => {
    const refOf = (t: EventTarget | null) => (t as Element | null)?.closest?.<HTMLAnchorElement>('a[data-footnote-ref]') ?? null;
    const open = (ref: HTMLAnchorElement, mode: Preview['mode']) => {
      clearTimeout(closeTimer.current);
      const id = decodeURIComponent(ref.hash.slice(1));
      const note = noteHtml(id);
      if (note) setPreview({ n: ref.textContent ?? '', id, ...note, mode, ref });
    };
    const closeSoon = () => {
      clearTimeout(closeTimer.current);
      closeTimer.current = setTimeout(() => setPreview((p) => (p?.mode === 'popover' ? null : p)), 250);
    };

    const onPointerDown = (e: PointerEvent) => {
      lastPointer.current = e.pointerType;
    };
    const onOver = (e: MouseEvent) => {
      const ref = refOf(e.target);
      if (ref && lastPointer.current === 'mouse') open(ref, 'popover');
      else if ((e.target as Element).closest?.('.fn-popover')) clearTimeout(closeTimer.current);
    };
    const onOut = (e: MouseEvent) => {
      if (refOf(e.target) || (e.target as Element).closest?.('.fn-popover')) closeSoon();
    };
    const inPopover = (t: EventTarget | null) => !!(t as Element | null)?.closest?.('[data-fn-popover]');
    const onFocus = (e: FocusEvent) => {
      if (inPopover(e.target)) {
        clearTimeout(closeTimer.current);
        return;
      }
      // Focus given back to the open preview's own reference (Shift+Tab out of it) keeps the preview open.
      if (quietFocus.current) {
        if (refOf(e.target) === current.current?.ref) clearTimeout(closeTimer.current);
        return;
      }
      const ref = refOf(e.target);
      if (ref && lastPointer.current !== 'touch') open(ref, 'popover');
    };
    const onBlur = (e: FocusEvent) => {
      if (refOf(e.target) || inPopover(e.target)) closeSoon();
    };
    const onClick = (e: MouseEvent) => {
      const ref = refOf(e.target);
      if (ref && lastPointer.current === 'touch') {
        e.preventDefault();
        if (current.current?.mode !== 'sheet') pushReadingPosition(undefined, { [SHEET_ENTRY]: true });
        open(ref, 'sheet');
      }
    };
    const onKey = (e: KeyboardEvent) => {
      const p = current.current;
      if (e.key === 'Escape' && p) {
        if (p.mode === 'sheet' && currentEntryHas(SHEET_ENTRY)) history.back();
        setPreview(null);
        if (p.mode === 'sheet' || inPopover(document.activeElement)) focusQuietly(p.ref, quietFocus);
      }
      // Tab from a reference enters its preview when the note has links, so keyboard readers can follow them;
      // Tab from the preview's last link goes on to what follows the reference, Shift+Tab from its first
      // link goes back to the reference (the disclosure pattern of the ARIA Authoring Practices).
      const popoverLinks = Array.from(document.querySelectorAll<HTMLElement>('[data-fn-popover] a[href]'));
      if (e.key === 'Tab' && p?.mode === 'popover' && popoverLinks.length) {
        const active = document.activeElement as HTMLElement | null;
        if (!e.shiftKey && refOf(active)) {
          e.preventDefault();
          popoverLinks[0].focus();
          return;
        }
        if (!e.shiftKey && active === popoverLinks[popoverLinks.length - 1]) {
          e.preventDefault();
          setPreview(null);
          nextFocusableAfter(p.ref)?.focus();
          return;
        }
        if (e.shiftKey && active === popoverLinks[0]) {
          e.preventDefault();
          focusQuietly(p.ref, quietFocus);
          return;
        }
      }
      // The sheet is modal: Tab cycles through its own links and buttons.
      const sheet = document.querySelector<HTMLElement>('[data-fn-sheet]');
      if (e.key === 'Tab' && sheet) {
        const items = Array.from(sheet.querySelectorAll<HTMLElement>('a[href], button'));
        const i = items.indexOf(document.activeElement as HTMLElement);
        const next = e.shiftKey ? (i <= 0 ? items.length - 1 : i - 1) : (i + 1) % items.length;
        e.preventDefault();
        items[next]?.focus();
      }
    };

    // Back with the sheet open closes the sheet and stays on the page (its entry was pushed on open).
    const onPopState = () => {
      const p = current.current;
      if (p?.mode === 'sheet' && !currentEntryHas(SHEET_ENTRY)) {
        setPreview(null);
        focusQuietly(p.ref, quietFocus);
      }
    };
    window.addEventListener('popstate', onPopState);

    // Pointer-down is captured so a tap outside closes the sheet before anything else handles it.
    const listeners: [string, (e: never) => void, boolean][] = [
      ['pointerdown', onPointerDown, true],
      ['mouseover', onOver, false],
      ['mouseout', onOut, false],
      ['focusin', onFocus, false],
      ['focusout', onBlur, false],
      ['click', onClick, false],
      ['keydown', onKey, false],
    ];
    for (const [type, listener, capture] of listeners) document.addEventListener(type, listener as EventListener, capture);
    return () => {
      window.removeEventListener('popstate', onPopState);
      for (const [type, listener, capture] of listeners) document.removeEventListener(type, listener as EventListener, capture);
    };
  }, []);

  useEffect(() => {
    if (preview?.mode === 'sheet') sheetClose.current?.focus();
  }, [preview]);

  if (!preview) return null;
  const body = preview.lost ? (
    <p className="fn-lost-note">此处注释的正文在原文中已缺失。</p>
  ) : (
    <div dangerouslySetInnerHTML={{ __html: preview.html }} />
  );

  if (preview.mode === 'sheet') {
    const close = () => {
      focusQuietly(preview.ref, quietFocus);
      setPreview(null);
      if (currentEntryHas(SHEET_ENTRY)) history.back();
    };
    // The sheet's own entry becomes the jump to the note list: Back then returns to the reading position.
    const toList = (e: React.MouseEvent) => {
      e.preventDefault();
      setPreview(null);
      jumpTo(preview.id, { replace: currentEntryHas(SHEET_ENTRY) });
    };
    return createPortal(
      <>
        <div className="fn-backdrop" onClick={close} aria-hidden="true" />
        <div className="fn-sheet" role="dialog" aria-modal="true" aria-label={`注释 ${preview.n}`} data-fn-sheet>
          <p className="fn-popover-label">注释 {preview.n}</p>
          {body}
          <div className="fn-sheet-actions">
            <a href={`#${preview.id}`} onClick={toList}>
              跳到注释列表
            </a>
            <button ref={sheetClose} type="button" className="icon-button" onClick={close}>
              关闭
            </button>
          </div>
        </div>
      </>,
      document.body,
    );
  }

  const rect = preview.ref.getBoundingClientRect();
  const width = Math.min(416, window.innerWidth - 32);
  const left = Math.max(16, Math.min(rect.left + window.scrollX - width / 2, window.scrollX + window.innerWidth - width - 16));
  const below = rect.top < 220;
  const style = below
    ? { left, top: rect.bottom + window.scrollY + 8, width }
    : { left, top: rect.top + window.scrollY - 8, width, transform: 'translateY(-100%)' };
  return createPortal(
    <div
      className="fn-popover"
      role="dialog"
      aria-label={`注释 ${preview.n}`}
      style={style}
      data-fn-popover
      onMouseEnter={() => clearTimeout(closeTimer.current)}
      onMouseLeave={() => setPreview(null)}
    >
      <p className="fn-popover-label">注释 {preview.n}</p>
      {body}
    </div>,
    document.body,
  );
}
