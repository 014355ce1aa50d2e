import { pushReadingPosition, rememberReadingPosition } from './reading-history';

/** Brings a jump's target to the reading line and lets Tab continue from it, as a native anchor jump does. */
export function arriveAt(target: HTMLElement): void {
  target.scrollIntoView({ block: 'start', behavior: 'instant' as ScrollBehavior });
  target.classList.remove('flash');
  void target.offsetWidth; // restart the highlight animation when the same target is reached again
  target.classList.add('flash');
  // A footnote reference is reached by its ↩ link: focusing it would open its preview over the text.
  if (target.matches('a[data-footnote-ref]')) return;
  if (!target.matches('a[href], button, input, [tabindex]')) target.setAttribute('tabindex', '-1');
  target.focus({ preventScroll: true });
}

/**
 * Jumps to an element of the page as a history step of its own: the current position is recorded first,
 * so Back returns to it. `replace` turns the current entry (an overlay's, e.g. the note sheet) into the jump.
 */
export function jumpTo(id: string, { replace = false } = {}): boolean {
  const target = document.getElementById(id);
  if (!target) return false;
  // Without __NA, Next's patched history methods copy the router's own state in and learn the new URL.
  if (replace) history.replaceState({ readerY: null }, '', `#${id}`);
  else pushReadingPosition(`#${id}`);
  arriveAt(target);
  // The scroll was instant: record the arrival in the new entry now, so a quick Back then Forward
  // returns here even before the scroll-settle timer would have written it.
  rememberReadingPosition();
  return true;
}
