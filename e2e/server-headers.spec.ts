import { expect, test, type Page } from '@playwright/test';
import { waitForHydration } from './helpers/reader';

/** Every response carries the security headers; every HTML page a CSP that allows its scripts by hash only. */
const commonHeaders = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'cross-origin-opener-policy': 'same-origin',
};

const routes = [
  { path: '/chapters/1', status: 200, html: true },
  { path: '/search?q=%E8%B7%A8%E5%A2%83%E7%94%B5%E5%95%86', status: 200, html: true },
  { path: '/api/search?q=RCEP', status: 200, html: false },
  { path: '/no-such-page', status: 404, html: true },
];

for (const route of routes) {
  test(`${route.path} carries the security headers`, async ({ request }) => {
    const response = await request.get(route.path);
    expect(response.status()).toBe(route.status);
    const headers = response.headers();
    for (const [name, value] of Object.entries(commonHeaders)) expect(headers[name], name).toBe(value);
    expect(headers['permissions-policy']).toContain('camera=()');
    if (!route.html) return;
    const csp = headers['content-security-policy'];
    for (const directive of [
      "default-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "frame-ancestors 'none'",
    ]) {
      expect(csp).toContain(directive);
    }
    const scriptSrc = csp
      .split(';')
      .map((d) => d.trim())
      .find((d) => d.startsWith('script-src'))!;
    expect(scriptSrc).not.toContain('unsafe-inline');
    // One hash per inline script of this very page: the theme script and Next's payload chunks.
    const html = await response.text();
    const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>/g)].length;
    expect(inline).toBeGreaterThan(0);
    expect(scriptSrc.match(/'sha256-/g)?.length).toBeGreaterThan(0);
  });
}

test('search answers are cacheable and carry an ETag that revalidates', async ({ request }) => {
  for (const path of ['/search?q=RCEP', '/api/search?q=RCEP']) {
    const first = await request.get(path);
    const cacheControl = first.headers()['cache-control'];
    for (const part of ['public', 'max-age=', 's-maxage=', 'stale-while-revalidate=']) expect(cacheControl, path).toContain(part);
    const etag = first.headers().etag;
    expect(etag, path).toBeTruthy();
    const again = await request.get(path, { headers: { 'if-none-match': etag } });
    expect(again.status(), path).toBe(304);
  }
});

test('a chapter goes over the wire brotli-compressed', async ({ request }) => {
  const response = await request.get('/chapters/1', { headers: { 'accept-encoding': 'br, gzip' } });
  expect(response.headers()['content-encoding']).toBe('br');
  expect(response.headers().vary).toMatch(/accept-encoding/i);
  expect(await response.text()).toContain('</html>');
});

function collectCspViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to (execute|load|apply)/i.test(message.text())) violations.push(message.text());
  });
  page.on('pageerror', (error) => violations.push(error.message));
  return violations;
}

test('a chapter works under its CSP: islands hydrate, footnote preview and find bar run, no violation', async ({ page }) => {
  const violations = collectCspViolations(page);
  await page.goto('/chapters/1');
  await waitForHydration(page);
  await page.locator('#fnref-1').hover();
  await expect(page.getByRole('dialog', { name: '注释 1' })).toBeVisible();
  await page.mouse.move(5, 500);
  await page.keyboard.press('f');
  const input = page.getByRole('searchbox', { name: '在本章中查找' });
  await input.fill('电子商务');
  await expect(page.locator('[data-find-count]')).toHaveText(/^1 \/ \d+$/);
  // The theme script ran (it is inline, allowed by its hash): <html> is marked for JavaScript.
  await expect(page.locator('html.js')).toHaveCount(1);
  expect(violations).toEqual([]);
});

test('the search page and a client-side navigation work under the CSP', async ({ page }) => {
  const violations = collectCspViolations(page);
  await page.goto('/search?q=RCEP');
  await waitForHydration(page);
  await page.locator('[data-search-result] a').first().click();
  await expect(page).toHaveURL(/\/chapters\//);
  await waitForHydration(page);
  expect(violations).toEqual([]);
});
