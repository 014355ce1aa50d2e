/**
 * What /chapters/1 (or the paths given) costs a reader, from the production build (`npm run build` first),
 * served by the production server (`npm start --no-build`, brotli/gzip precompression):
 *
 * - the document's bytes raw, gzip and brotli, and how much of it is the inlined RSC payload
 *   (`self.__next_f.push`, which repeats the text) — with and without it, so the repeat's cost is visible;
 * - the first-load JS: every `<script src>` a modern browser fetches (gzip and brotli, per script), and apart
 *   from it the `noModule` polyfills, which only browsers without ES modules download;
 * - LCP on a throttled phone (390×844, 150 ms RTT, 1.6 Mbit/s down, 4× CPU slowdown via CDP in chromium),
 *   cold cache, median of 5 runs (`--lcp-runs N`, `--no-lcp` to skip), with FCP and the JS bytes the phone
 *   actually received before the load event;
 * - beside it, runs interleaved with the page's, the LCP of its floor (lib/perf/floor-page.ts: the same
 *   document cut after its first paragraph, no scripts, brotli), i.e. what this machine allows at all.
 *
 *   npm run size                 # /chapters/1
 *   npm run size -- /chapters/7 /
 *   SIZE_PORT=3199 npm run size  # the port of the temporary server
 *
 * Prints figures only; nothing here asserts a time.
 */
import { spawn } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import { floorPage } from '../lib/perf/floor-page';
import { deferredScriptUrls } from '../lib/prerender/defer-scripts';
import { compress } from '../lib/server/compression';

const port = Number(process.env.SIZE_PORT || 3199);
const base = `http://127.0.0.1:${port}`;
const args = process.argv.slice(2);
const paths = args.filter((a) => a.startsWith('/'));
if (paths.length === 0) paths.push('/chapters/1');
const lcpRunsArg = args.indexOf('--lcp-runs');
const lcpRuns = args.includes('--no-lcp') ? 0 : lcpRunsArg >= 0 ? Number(args[lcpRunsArg + 1]) : 5;
if (!Number.isInteger(lcpRuns) || lcpRuns < 0) throw new Error('size: --lcp-runs takes a whole number');

/** The phone profile the issue names: 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up, 4× slower CPU. */
const PHONE_NETWORK = { offline: false, latency: 150, downloadThroughput: (1.6e6 / 8) | 0, uploadThroughput: (750e3 / 8) | 0 };
const PHONE_CPU_SLOWDOWN = 4;

const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
const gz = (b: Buffer) => gzipSync(b, { level: 9 }).length;
const br = (b: Buffer) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function waitForServer(): Promise<void> {
  for (let i = 0; i < 120; i++) {
    try {
      await fetch(base);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  throw new Error(`size: the server on port ${port} did not answer within 60 s (is there a build? run npm run build)`);
}

async function bytes(url: string): Promise<Buffer> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`size: ${url} answered ${res.status}`);
  return Buffer.from(await res.arrayBuffer());
}

const RSC_SCRIPT = /<script>self\.__next_f\.push\([\s\S]*?<\/script>/g;

interface Script {
  src: string;
  noModule: boolean;
  /** Inserted by the page's loader after the first frame (lib/prerender/defer-scripts.ts): still first-load JS. */
  deferred: boolean;
}

/** Every external script of the page, once, and whether only browsers without ES modules load it. */
function scriptsOf(html: string): Script[] {
  const seen = new Map<string, Script>();
  for (const [tag] of html.matchAll(/<script[^>]+src="[^"]+"[^>]*>/g)) {
    const src = /src="([^"]+)"/.exec(tag)![1];
    if (!seen.has(src)) seen.set(src, { src, noModule: /\snoModule/i.test(tag), deferred: false });
  }
  for (const src of deferredScriptUrls(html)) if (!seen.has(src)) seen.set(src, { src, noModule: false, deferred: true });
  return [...seen.values()];
}

async function measureBytes(path: string): Promise<void> {
  const doc = await bytes(base + path);
  const html = doc.toString('utf8');
  const rsc = Buffer.from([...html.matchAll(RSC_SCRIPT)].map((m) => m[0]).join(''));
  const withoutRsc = Buffer.from(html.replace(RSC_SCRIPT, ''));
  console.log(`${path}`);
  console.log(`  document        ${kib(doc.length)} raw, ${kib(gz(doc))} gzip, ${kib(br(doc))} brotli`);
  console.log(`  without RSC     ${kib(withoutRsc.length)} raw, ${kib(gz(withoutRsc))} gzip, ${kib(br(withoutRsc))} brotli`);
  console.log(
    `  RSC payload     ${kib(rsc.length)} raw, ${kib(gz(rsc))} gzip (${((rsc.length / doc.length) * 100).toFixed(0)} % of the raw document)`,
  );
  const totals = { module: { n: 0, raw: 0, gzip: 0, brotli: 0 }, noModule: { n: 0, raw: 0, gzip: 0, brotli: 0 } };
  for (const script of scriptsOf(html)) {
    const js = await bytes(new URL(script.src, base).href);
    const t = script.noModule ? totals.noModule : totals.module;
    const [g, b] = [gz(js), br(js)];
    t.n++;
    t.raw += js.length;
    t.gzip += g;
    t.brotli += b;
    console.log(
      `    ${script.noModule ? 'nomodule' : script.deferred ? 'deferred' : 'script  '} ${kib(js.length).padStart(10)} raw ${kib(g).padStart(10)} gzip ${kib(b).padStart(10)} brotli  ${script.src}`,
    );
  }
  const m = totals.module;
  console.log(`  first-load JS   ${m.n} scripts, ${kib(m.raw)} raw, ${kib(m.gzip)} gzip, ${kib(m.brotli)} brotli`);
  if (totals.noModule.n)
    console.log(
      `  nomodule        ${totals.noModule.n} scripts, ${kib(totals.noModule.gzip)} gzip (only browsers without ES modules load them)`,
    );
  console.log(`  transfer gzip   ${kib(gz(doc) + m.gzip)} (document + first-load JS)`);
}

interface PhoneRun {
  lcp: number;
  fcp: number;
  lcpElement: string;
  scriptBytes: number;
  documentBytes: number;
}

/** One cold load on the throttled phone profile; LCP as the browser reports it by the load event. */
async function phoneRun(browser: Browser, url: string): Promise<PhoneRun> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 3 });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', PHONE_NETWORK);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE_CPU_SLOWDOWN });
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    return await page.evaluate(
      () =>
        new Promise<PhoneRun>((resolve) => {
          // buffered: the entries recorded before this observer existed; the last one is the LCP so far.
          new PerformanceObserver((list) => {
            const entries = list.getEntries() as (PerformanceEntry & { element?: Element | null })[];
            const last = entries[entries.length - 1];
            const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN;
            const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
            const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
            const el = last?.element;
            resolve({
              lcp: last?.startTime ?? Number.NaN,
              fcp,
              lcpElement: el ? `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}` : '?',
              scriptBytes: resources.filter((r) => r.initiatorType === 'script').reduce((s, r) => s + r.transferSize, 0),
              documentBytes: nav.transferSize,
            });
          }).observe({ type: 'largest-contentful-paint', buffered: true });
        }),
    );
  } finally {
    await context.close();
  }
}

/** Serves each measured path's floor page, brotli-compressed like the real one, from this process. */
async function serveFloorPages(): Promise<{ url: (path: string) => string; close: () => void }> {
  const compressed = new Map<string, Buffer>();
  for (const path of paths) {
    const html = floorPage((await bytes(base + path)).toString('utf8'));
    // As the build precompresses the real pages.
    compressed.set(path, await compress(Buffer.from(html), 'br', 'best'));
  }
  const server = http.createServer((req, res) => {
    const body = compressed.get(req.url ?? '');
    if (!body) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'br', 'cache-control': 'no-store' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port: floorPort } = server.address() as AddressInfo;
  return { url: (path) => `http://127.0.0.1:${floorPort}${path}`, close: () => server.close() };
}

async function measureLcp(browser: Browser, path: string, floorUrl: string): Promise<void> {
  const runs: PhoneRun[] = [];
  const floor: PhoneRun[] = [];
  // Interleaved, so both see the same machine load, and each first in every other round (the first load
  // after a pause measured slower on this machine).
  for (let i = 0; i < lcpRuns; i++) {
    if (i % 2) floor.push(await phoneRun(browser, floorUrl));
    runs.push(await phoneRun(browser, base + path));
    if (!(i % 2)) floor.push(await phoneRun(browser, floorUrl));
  }
  const ms = (xs: number[]) => `${median(xs).toFixed(0)} ms`;
  console.log(`${path} on the throttled phone (150 ms RTT, 1.6 Mbit/s, 4× CPU; cold cache; median of ${runs.length})`);
  console.log(
    `  LCP             ${ms(runs.map((r) => r.lcp))} (runs: ${runs.map((r) => r.lcp.toFixed(0)).join(', ')}; element ${runs[0].lcpElement})`,
  );
  console.log(
    `  LCP floor       ${ms(floor.map((r) => r.lcp))} (runs: ${floor.map((r) => r.lcp.toFixed(0)).join(', ')}; the page cut after its first paragraph, no scripts)`,
  );
  console.log(`  LCP ÷ floor     ${(median(runs.map((r) => r.lcp)) / median(floor.map((r) => r.lcp))).toFixed(2)}×`);
  console.log(`  FCP             ${ms(runs.map((r) => r.fcp))}`);
  console.log(
    `  received        document ${kib(median(runs.map((r) => r.documentBytes)))}, scripts ${kib(median(runs.map((r) => r.scriptBytes)))} (as sent, by the load event)`,
  );
}

async function main(): Promise<void> {
  // The production server readers get: precompressed brotli/gzip, no rate limit for this one client.
  const server = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts', '--no-build', '--port', String(port)], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', RATE_LIMIT: 'off', HOST: '127.0.0.1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  let browser: Browser | undefined;
  try {
    await waitForServer();
    for (const path of paths) await measureBytes(path);
    if (lcpRuns > 0) {
      browser = await chromium.launch({
        executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
        args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking'],
      });
      const floorPages = await serveFloorPages();
      try {
        for (const path of paths) await measureLcp(browser, path, floorPages.url(path));
      } finally {
        floorPages.close();
      }
    }
  } finally {
    await browser?.close();
    server.kill('SIGTERM');
  }
}

main().catch((e: Error) => {
  console.error(e.message);
  process.exit(1);
});
