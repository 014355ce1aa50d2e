import { devices, type Locator, type Page, test } from '@playwright/test';

/** The header is sticky: a target is "in view" when it is below the header and starts within the viewport. */
export async function isBelowHeaderInViewport(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((sel) => {
    const el = document.querySelector(sel);
    const header = document.querySelector('.site-header');
    if (!el) return false;
    const top = el.getBoundingClientRect().top;
    const headerBottom = header ? header.getBoundingClientRect().bottom : 0;
    return top >= headerBottom - 1 && top < window.innerHeight;
  }, selector);
}

/**
 * How often `term` occurs in the chapter text a reader sees, computed independently of the find bar:
 * the article's innerText with the injected controls (.ui) hidden, folded full/half width and case.
 */
export async function occurrencesInVisibleText(page: Page, term: string): Promise<number> {
  return page.evaluate((t) => {
    // textContent ignores CSS, so hiding .ui with a style would still count it: count a copy without it
    // (the appendix A filter's department names and the charts' labels are .ui).
    const copy = (document.getElementById('chapter-text') as HTMLElement).cloneNode(true) as HTMLElement;
    for (const ui of copy.querySelectorAll('.ui')) ui.remove();
    const text = copy.textContent ?? '';
    const fold = (s: string) => s.normalize('NFKC').toLowerCase();
    const hay = fold(text);
    const needle = fold(t);
    let n = 0;
    for (let i = hay.indexOf(needle); i !== -1; i = hay.indexOf(needle, i + needle.length)) n++;
    return n;
  }, term);
}

export function findCount(page: Page): Locator {
  return page.locator('[data-find-count]');
}

/**
 * Waits until client islands are hydrated: the theme toggle reports its state only after hydration, and
 * on a chapter the keys island marks <html data-reader-ready="<path>"> (also after a client-side navigation).
 */
export async function waitForHydration(page: Page): Promise<void> {
  await page.locator('[data-display-settings][data-ready]').waitFor();
  const path = new URL(page.url()).pathname;
  if (path.startsWith('/chapters/')) await page.locator(`html[data-reader-ready="${path}"]`).waitFor({ state: 'attached' });
}

/**
 * A phone: 390×844 CSS px (the common small-phone viewport), touch, mobile, with a Pixel 7's Chrome user
 * agent; without defaultBrowserType so it can be used inside a describe block.
 */
const { defaultBrowserType: _ignored, ...pixel } = devices['Pixel 7'];
export const phone = { ...pixel, viewport: { width: 390, height: 844 }, screen: { width: 390, height: 844 } };

type UseOptions = Parameters<typeof test.use>[0];

/** The same journeys on the desktop default and the phone: one `test.describe(name)` with its `test.use` each. */
export const DESKTOP_AND_PHONE: readonly (readonly [string, UseOptions])[] = [
  ['desktop', {}],
  ['phone', phone],
];

/** Declares `body`'s tests once per device; `body` gets the device's name (e.g. to tap on the phone, click elsewhere). */
export function describeOnEach(devicesToUse: readonly (readonly [string, UseOptions])[], body: (name: string) => void): void {
  for (const [name, use] of devicesToUse) {
    test.describe(name, () => {
      test.use(use);
      body(name);
    });
  }
}
