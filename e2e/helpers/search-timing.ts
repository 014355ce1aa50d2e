import { type Page, test } from '@playwright/test';

/**
 * Keystroke → results, as the reader sees it: the page records when the last input event happened and
 * when the box's panel first showed options for each query. Reported, never asserted: timing belongs to
 * the bench, not to a pass/fail test.
 */
export async function watchTiming(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { lastInput: number; shown: Record<string, number> };
    w.shown = {};
    document.getElementById('site-search')!.addEventListener('input', () => {
      w.lastInput = performance.now();
    });
    new MutationObserver(() => {
      const panel = document.querySelector('[data-search-panel]');
      const q = panel?.getAttribute('data-query');
      if (q && panel!.querySelector('[data-search-option]') && !(q in w.shown)) w.shown[q] = performance.now();
    }).observe(document.body, { subtree: true, childList: true, attributes: true });
  });
}

export async function sinceLastKeystroke(page: Page, q: string): Promise<number> {
  return page.evaluate((query) => {
    const w = window as unknown as { lastInput: number; shown: Record<string, number> };
    return w.shown[query] - w.lastInput;
  }, q);
}

/** Prints five timings with their median and attaches them to the test's report. */
export function reportKeystrokeTimes(label: string, times: number[]): void {
  const sorted = [...times].sort((a, b) => a - b);
  const line = `${times.map((t) => t.toFixed(0)).join(', ')} ms (median ${sorted[Math.floor(sorted.length / 2)].toFixed(0)} ms)`;
  console.log(`${label}, last keystroke → results shown: ${line}`);
  test.info().annotations.push({ type: 'keystroke-to-results', description: line });
}
