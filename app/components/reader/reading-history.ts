/**
 * The reading position in the browser's history. A jump inside a chapter (a footnote, a cross-reference,
 * a TOC entry, the find bar) first writes the current scroll position into the current history entry and
 * then pushes a new entry for the place jumped to, so Back and Forward return exactly to where the reader
 * was, not to whatever anchor the URL held before.
 *
 * Next's app router owns `history.state` (its entries carry `__NA` and its tree) and reloads the page on
 * Back to an entry whose state it does not know; its patched pushState/replaceState copy its own keys into
 * whatever state we pass. So we only ever add our key to entries the router wrote.
 */
const Y = 'readerY';

type HistoryState = Record<string, unknown> | null;

function routerOwned(state: HistoryState): boolean {
  return !!state && state.__NA === true;
}

/** Stores the current scroll position in the current history entry (if it is one we may annotate). */
export function rememberReadingPosition(): void {
  const state = history.state as HistoryState;
  if (!routerOwned(state) || state![Y] === Math.round(scrollY)) return;
  history.replaceState({ ...state, [Y]: Math.round(scrollY) }, '');
}

/** The position recorded in the current entry, if any (Back/Forward arrive at such entries). */
export function recordedPosition(): number | null {
  const y = (history.state as HistoryState)?.[Y];
  return typeof y === 'number' ? y : null;
}

/** True when the current entry was left before (a traversal arrived here), not freshly navigated to. */
export function isRecordedEntry(): boolean {
  return recordedPosition() !== null;
}

/** Before a jump: remember where reading was and start a new entry (optionally at a new URL, e.g. `#fn-1`). */
export function pushReadingPosition(url?: string, extra: Record<string, unknown> = {}): void {
  rememberReadingPosition();
  // No __NA here on purpose: Next's patched pushState then copies its own state in and learns the new URL.
  history.pushState({ [Y]: null, ...extra }, '', url);
}

/** Whether the current entry was pushed for an overlay (the phone's note sheet), not for a place. */
export function currentEntryHas(key: string): boolean {
  return !!(history.state as HistoryState)?.[key];
}
