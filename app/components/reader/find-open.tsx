import type { Ref } from 'react';

/** What first asked for the find bar: its button, its key, or a search result's `?q=` in the URL. */
export type FindStart = 'button' | 'key' | 'landing';

/** The key that opens the bar: `f`, when not typing and without modifiers (Ctrl+F stays the browser's). */
export function isFindOpenKey(e: KeyboardEvent): boolean {
  const el = e.target as HTMLElement | null;
  const typing = !!el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));
  return e.key === 'f' && !e.ctrlKey && !e.metaKey && !e.altKey && !typing;
}

/**
 * The bar's opener, the same markup before the bar's code has loaded and after, so nothing moves when it
 * arrives. `onIntent` fires on the first signs of a press (pointer over or down, focus): the code starts
 * loading before the click.
 */
export function FindButton({
  ref,
  expanded,
  onClick,
  onIntent,
}: {
  ref?: Ref<HTMLButtonElement>;
  expanded: boolean;
  onClick: () => void;
  onIntent?: () => void;
}) {
  return (
    <div className="chapter-tools js-only">
      <button
        ref={ref}
        type="button"
        className="icon-button"
        onClick={onClick}
        onPointerEnter={onIntent}
        onPointerDown={onIntent}
        onFocus={onIntent}
        aria-expanded={expanded}
        aria-controls="find-bar"
        aria-keyshortcuts="f"
      >
        <span aria-hidden="true">⌕</span> 在本章中查找 <kbd className="text-xs opacity-70">F</kbd>
      </button>
    </div>
  );
}
