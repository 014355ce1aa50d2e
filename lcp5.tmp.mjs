import { chromium, devices } from 'playwright';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
for (const js of [true, false]) {
  const runs = [];
  for (let run = 0; run < 5; run++) {
    const ctx = await b.newContext({ ...devices['Pixel 7'], viewport: { width: 390, height: 844 }, javaScriptEnabled: js });
    const page = await ctx.newPage();
    const cdp = await ctx.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 150,
      downloadThroughput: (1.6e6 / 8) | 0,
      uploadThroughput: (750e3 / 8) | 0,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto('http://localhost:3400/chapters/1', { waitUntil: 'load' });
    await page.waitForTimeout(300);
    // With JS off page.evaluate still works (it is the automation's, not the page's).
    runs.push(
      await page.evaluate(
        () =>
          new Promise((r) =>
            new PerformanceObserver((l) => {
              const e = l.getEntries();
              r(Math.round(e[e.length - 1].startTime));
            }).observe({ type: 'largest-contentful-paint', buffered: true }),
          ),
      ),
    );
    await ctx.close();
  }
  console.log('js', js, runs.join(' '));
}
await b.close();
