import { expect, test } from '@playwright/test';
import { DESKTOP_AND_PHONE, describeOnEach, waitForHydration } from './helpers/reader';

// The build inlines each page's critical CSS and defers its scripts past the first frame
// (lib/prerender/inline-critical-css.ts, defer-scripts.ts). These check what a reader gets from that.

describeOnEach(DESKTOP_AND_PHONE, () => {
  test('with the full stylesheets held back, the first screen is styled from the inlined rules, light and dark', async ({ page }) => {
    // The full sheets never arrive: whatever styles the page now comes from the document itself.
    await page.route('**/_next/static/**/*.css', (route) => route.abort());
    for (const theme of ['light', 'dark'] as const) {
      await page.addInitScript((t) => localStorage.setItem('report-theme', t), theme);
      await page.goto('/chapters/1', { waitUntil: 'domcontentloaded' });
      const firstParagraph = page.locator('#sec-1-p1');
      await expect(firstParagraph).toBeVisible();
      const look = await page.evaluate(() => {
        const p = document.getElementById('sec-1-p1')!;
        const header = document.querySelector('.site-header')!;
        return {
          indent: getComputedStyle(p).textIndent,
          lineHeight: Number.parseFloat(getComputedStyle(p).lineHeight) / Number.parseFloat(getComputedStyle(p).fontSize),
          headerPosition: getComputedStyle(header).position,
          background: getComputedStyle(document.body).backgroundColor,
          sheets: [...document.styleSheets].filter((s) => s.href).length,
        };
      });
      // Paragraphs indent two characters (2em of 17px) at the report's line height; the header sticks.
      expect(Number.parseFloat(look.indent)).toBeGreaterThan(30);
      expect(look.lineHeight).toBeCloseTo(1.85, 1);
      expect(look.headerPosition).toBe('sticky');
      // --bg: #fdfcfa light, #151515 dark (app/styles/theme.css).
      expect(look.background).toBe(theme === 'dark' ? 'rgb(21, 21, 21)' : 'rgb(253, 252, 250)');
    }
  });

  test('the scripts start loading only after the first frame, and the page still hydrates', async ({ page, request }) => {
    // The first frame's rendering step, as seen by a callback registered before any of the page's own.
    await page.addInitScript(() => {
      requestAnimationFrame(() => {
        (window as unknown as { firstFrame: number }).firstFrame = performance.now();
      });
    });
    await page.goto('/chapters/1');
    await waitForHydration(page);
    const timing = await page.evaluate(() => {
      const paint = (window as unknown as { firstFrame: number }).firstFrame;
      const scripts = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter(
        (r) => r.initiatorType === 'script' && r.name.includes('/_next/static/chunks/'),
      );
      return { paint, starts: scripts.map((s) => s.startTime) };
    });
    const served = await (await request.get('/chapters/1')).text();
    const head = served.slice(0, served.indexOf('</head>'));
    expect(timing.starts.length).toBeGreaterThan(3);
    expect(Math.min(...timing.starts)).toBeGreaterThanOrEqual(timing.paint);
    // Nothing in the served head blocks the paint: no stylesheet link, no external script but the legacy polyfill.
    expect(head).not.toMatch(/<link[^>]+rel="stylesheet"/);
    expect(head.match(/<script[^>]+src=/g) ?? []).toHaveLength(1);
    expect(head).toMatch(/<script[^>]+src=[^>]+nomodule/i);
  });
});
