'use client';

import { lazy, Suspense, useEffect, useState } from 'react';
import { FindButton, type FindStart, isFindOpenKey } from './find-open';

// The bar, its matching and its history handling load on the first intent to find, not with the page.
const loadLive = () => import('./find-bar-live.client');
const FindBarLive = lazy(() =>
  loadLive().then(
    (m) => ({ default: m.FindBarLive }),
    // Offline, or a new deploy replaced the chunk: the button stays and pressing it loads the page again,
    // rather than the failure reaching the page's error boundary and hiding the chapter.
    () => ({ default: () => <FindButton expanded={false} onClick={() => location.reload()} /> }),
  ),
);

/**
 * The chapter's find bar until it is first wanted: its button (pressing it, or `f`, loads and opens the
 * bar), and a search result's `?q=` in the URL, which loads it at once to show the matches.
 */
export function FindBar() {
  const [start, setStart] = useState<FindStart | null>(null);

  useEffect(() => {
    if (start) return;
    if (new URLSearchParams(location.search).get('q')) {
      setStart('landing');
      return;
    }
    const onKey = (e: KeyboardEvent) => {
      if (!isFindOpenKey(e)) return;
      // Taken here, so the key is not lost: the bar opens as soon as its code is in.
      e.preventDefault();
      setStart('key');
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [start]);

  const button = <FindButton expanded={false} onClick={() => setStart((s) => s ?? 'button')} onIntent={() => void loadLive()} />;
  if (!start) return button;
  return (
    <Suspense fallback={button}>
      <FindBarLive start={start} />
    </Suspense>
  );
}
