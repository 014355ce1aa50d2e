import { chromium, devices } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
const { defaultBrowserType, ...pixel } = devices['Pixel 7'];
const ctx = await b.newContext({ ...pixel, viewport: { width: 390, height: 844 } });
const p = await ctx.newPage();
await p.goto('http://127.0.0.1:3143/chapters/1#tbl-1-1');
await p.waitForTimeout(500);
const s = p.locator('#tbl-1-1 .table-scroll');
const box = await s.boundingBox();
console.log(box, await p.evaluate(() => scrollY));
const cdp = await ctx.newCDPSession(p);
const t0 = Date.now();
await cdp.send('Input.synthesizeScrollGesture', {
  x: Math.round(box.x + box.width * 0.8),
  y: Math.round(box.y + 60),
  xDistance: -250,
  yDistance: 0,
  gestureSourceType: 'touch',
  speed: 600,
});
console.log('gesture', Date.now() - t0, await s.evaluate((e) => e.scrollLeft), await p.evaluate(() => [scrollX, scrollY]));
// touch events
const hx = 300,
  hy = Math.round(box.y + 100);
await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: hx, y: hy }] });
for (let i = 1; i <= 10; i++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: hx - i * 20, y: hy }] });
await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
await p.waitForTimeout(300);
console.log('htouch', await s.evaluate((e) => e.scrollLeft), await p.evaluate(() => [scrollX, scrollY]));
console.log('fade', await p.locator('#tbl-1-1 .table-frame').evaluate((el) => getComputedStyle(el, '::after').opacity));
console.log('first', await p.locator('#tbl-1-1 tbody td').first().boundingBox());
const x = Math.round(box.x + box.width / 2),
  y = Math.round(box.y + 200);
await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
for (let i = 1; i <= 10; i++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: y - i * 30 }] });
await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
await p.waitForTimeout(300);
console.log('touch', await s.evaluate((e) => e.scrollLeft), await p.evaluate(() => [scrollX, scrollY]));
console.log('fade', await p.locator('#tbl-1-1 .table-frame').evaluate((el) => getComputedStyle(el, '::after').opacity));
await b.close();
