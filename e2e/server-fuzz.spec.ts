import { expect, test } from '@playwright/test';

/**
 * A bounded fuzz over what anyone can send: odd queries, paths and methods. Nothing may answer 5xx and
 * no HTML answer may carry the markup it was sent (reflected unescaped). Seeded, so a failure replays:
 * FUZZ_SEED=<n> runs another sequence.
 */
const seed = Number(process.env.FUZZ_SEED || 20261201);
const ROUNDS = 300;

/** mulberry32: a small, well-known seeded generator. */
function generator(s: number) {
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MARKUP = ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '"><svg onload=alert(1)>', "'-alert(1)-'"];
const PIECES = [
  '跨境电商',
  'RCEP',
  '43.83',
  '图1-1',
  '表5-1',
  '专栏5-1',
  '“引号',
  '%',
  '%E0%A4%A',
  '%00',
  '\\',
  '../',
  '..%2F',
  '　',
  '\u200b',
  '😀',
  'ＲＣＥＰ',
  '*',
  '?',
  '#',
  '&chapter=',
  '&limit=-1',
  '&limit=abc',
  ' OR 1=1',
  ...MARKUP,
];
const PATHS = ['/search', '/api/search', '/chapters/1', '/chapters/', '/figures', '/about', '/', '/no-such'];
const METHODS = ['GET', 'GET', 'GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH'];

test(`fuzzed queries, paths and methods never get a 5xx or reflected markup (seed ${seed})`, async ({ request }) => {
  test.setTimeout(240_000);
  const random = generator(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  for (let i = 0; i < ROUNDS; i++) {
    const words = Array.from({ length: 1 + Math.floor(random() * 4) }, () => pick(PIECES));
    const query = words.join(random() < 0.5 ? ' ' : '');
    const path = pick(PATHS);
    const method = pick(METHODS);
    const encoded = random() < 0.7 ? encodeURIComponent(query) : encodeURI(query).replace(/#/g, '%23');
    const url =
      random() < 0.8 ? `${path}?q=${encoded}&chapter=${encodeURIComponent(pick(PIECES))}` : `${path.replace(/\/$/, '')}/${encoded}`;
    const label = `${method} ${url} (seed ${seed}, round ${i})`;
    const response = await request.fetch(url, { method, maxRedirects: 0, failOnStatusCode: false }).catch((error) => {
      throw new Error(`${label}: ${(error as Error).message}`);
    });
    expect(response.status(), label).toBeLessThan(500);
    // JSON and plain text may echo the query: served with nosniff, a browser never renders them as HTML.
    if (method === 'HEAD' || !/text\/html/.test(response.headers()['content-type'] ?? '')) continue;
    const body = await response.text();
    for (const markup of MARKUP.slice(0, 3)) expect(body.includes(markup), `${label} reflects ${markup}`).toBe(false);
  }
});
