'use client';

import { lazy, Suspense, useEffect, useState } from 'react';

// The previews, the sheet and their keyboard and history handling load when a reader first reaches for a
// note, not with the page. A failed load leaves the references what they are without JavaScript: links.
const loadLive = () => import('./footnote-preview-live.client');
const FootnotePreviewLive = lazy(() =>
  loadLive().then(
    (m) => ({ default: m.FootnotePreviewLive }),
    () => ({ default: () => null }),
  ),
);

/** The reach that loaded the previews, to be played again once they listen: the reader must not repeat it. */
interface Reach {
  kind: 'hover' | 'focus' | 'tap';
  ref: HTMLAnchorElement;
}

const refOf = (t: EventTarget | null) => (t as Element | null)?.closest?.<HTMLAnchorElement>('a[data-footnote-ref]') ?? null;

/**
 * Footnote previews until the first reference is reached for. It tells the three reaches apart exactly as
 * the previews do (footnote-preview-live.client.tsx): a mouse over a reference, a focus not made by touch,
 * a tap; the tap's click is held back here (it would jump to the note list) and replayed.
 */
export function FootnotePreview() {
  const [reach, setReach] = useState<Reach | null>(null);

  useEffect(() => {
    if (reach) return;
    let pointer = 'mouse';
    const onPointerDown = (e: PointerEvent) => {
      pointer = e.pointerType;
      // A head start: the click that opens the sheet comes after the finger lifts.
      if (refOf(e.target)) void loadLive();
    };
    const onOver = (e: MouseEvent) => {
      const ref = refOf(e.target);
      if (ref && pointer === 'mouse') setReach({ kind: 'hover', ref });
    };
    const onFocus = (e: FocusEvent) => {
      const ref = refOf(e.target);
      if (ref && pointer !== 'touch') setReach({ kind: 'focus', ref });
    };
    const onClick = (e: MouseEvent) => {
      const ref = refOf(e.target);
      if (!ref || pointer !== 'touch') return;
      e.preventDefault();
      setReach({ kind: 'tap', ref });
    };
    const listeners: [string, (e: never) => void, boolean][] = [
      ['pointerdown', onPointerDown, true],
      ['mouseover', onOver, false],
      ['focusin', onFocus, false],
      ['click', onClick, false],
    ];
    for (const [type, listener, capture] of listeners) document.addEventListener(type, listener as EventListener, capture);
    return () => {
      for (const [type, listener, capture] of listeners) document.removeEventListener(type, listener as EventListener, capture);
    };
  }, [reach]);

  if (!reach) return null;
  return (
    <Suspense fallback={null}>
      <FootnotePreviewLive />
      {/* After the previews: sibling effects run in order, so their listeners are in place when this replays. */}
      <Replay reach={reach} />
    </Suspense>
  );
}

/** Plays the reach again for the previews, if it still holds (the pointer still over it, the focus still on it). */
function Replay({ reach }: { reach: Reach }) {
  useEffect(() => {
    const { kind, ref } = reach;
    if (kind === 'hover' && ref.matches(':hover')) ref.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    else if (kind === 'focus' && document.activeElement === ref) ref.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    else if (kind === 'tap') {
      ref.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, pointerType: 'touch' }));
      ref.click();
    }
  }, [reach]);
  return null;
}
