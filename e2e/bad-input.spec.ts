import { expect, test } from '@playwright/test';

/**
 * Whatever a user types into the address bar or the search box gets an answer in the 4xx range or a
 * page, never a server error.
 */
const paths = [
  '/chapters/%',
  '/chapters/%E0%A4%A',
  '/chapters/..%2F..%2Fetc%2Fpasswd',
  '/chapters/<script>',
  '/chapters/1/extra',
  '/%E0%A4%A',
  '/figures/%',
  '/search?q=%',
  '/search?q=%E0%A4%A',
  `/search?q=${'长'.repeat(5000)}`,
  '/api/search?q=%',
  '/api/search?q=RCEP&limit=abc',
  '/api/search?q=RCEP&limit=-1',
  '/api/search?q=%5B(*%2B%3F',
  '/api/search',
];

for (const path of paths) {
  test(`GET ${path.slice(0, 40)} answers without a server error`, async ({ request }) => {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBeLessThan(500);
  });
}

test('a path with broken percent-encoding is a 400 that says why', async ({ request }) => {
  const response = await request.get('/chapters/%E0%A4%A');
  expect(response.status()).toBe(400);
  expect(await response.text()).toContain('percent-encoding');
});
