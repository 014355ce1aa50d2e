'use client';

import { useEffect, useState } from 'react';
import { onScrollFrame } from './on-scroll-frame';

/**
 * A thin bar under the header that fills as the chapter is read, and a 回到顶部 button once the reader is
 * more than a screen down (chapter 7 is 33 phone screens long).
 */
export function ReadingProgress() {
  const [progress, setProgress] = useState(0);
  const [far, setFar] = useState(false);
  useEffect(
    () =>
      onScrollFrame(() => {
        const max = document.documentElement.scrollHeight - window.innerHeight;
        setProgress(max > 0 ? Math.min(1, Math.max(0, window.scrollY / max)) : 0);
        setFar(window.scrollY > window.innerHeight);
      }),
    [],
  );
  const percent = Math.round(progress * 100);
  return (
    <>
      <div
        className="reading-progress"
        role="progressbar"
        aria-label="本章阅读进度"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
      >
        <div className="reading-progress-bar" style={{ transform: `scaleX(${progress})` }} />
      </div>
      {far ? (
        <button
          type="button"
          className="icon-button back-to-top"
          data-back-to-top
          onClick={() => {
            window.scrollTo({ top: 0, behavior: 'instant' as ScrollBehavior });
            document.getElementById('main')?.focus({ preventScroll: true });
          }}
        >
          ↑ 回到顶部
        </button>
      ) : null}
    </>
  );
}
