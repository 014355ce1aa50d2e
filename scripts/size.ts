/**
 * What /chapters/1 (or the paths given) costs over the wire, from the production build (`npm run build`
 * first): the document's bytes raw, gzip and brotli, how much of it is the inlined RSC payload
 * (`self.__next_f.push`, which repeats the text), and the first-load JS (every script the page loads) gzip.
 *
 *   npm run size                 # /chapters/1
 *   npm run size -- /chapters/7 /
 *   SIZE_PORT=3199 npm run size  # the port of the temporary `next start`
 */
import { spawn } from 'node:child_process';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const port = Number(process.env.SIZE_PORT || 3199);
const base = `http://127.0.0.1:${port}`;
const paths = process.argv.slice(2).filter((a) => a.startsWith('/'));
if (paths.length === 0) paths.push('/chapters/1');

const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
const gz = (b: Buffer) => gzipSync(b, { level: 9 }).length;
const br = (b: Buffer) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

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

/** The inlined RSC payload: the bodies of the `self.__next_f.push(…)` scripts. */
function rscPayload(html: string): string {
  return [...html.matchAll(/<script>(self\.__next_f\.push\([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('');
}

async function measure(path: string): Promise<void> {
  const doc = await bytes(base + path);
  const html = doc.toString('utf8');
  const rsc = Buffer.from(rscPayload(html));
  const withoutRsc = Buffer.from(html.replace(/<script>self\.__next_f\.push\([\s\S]*?<\/script>/g, ''));
  const scripts = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]))];
  let jsRaw = 0,
    jsGzip = 0;
  for (const src of scripts) {
    const js = await bytes(new URL(src, base).href);
    jsRaw += js.length;
    jsGzip += gz(js);
  }
  console.log(`${path}`);
  console.log(`  document        ${kib(doc.length)} raw, ${kib(gz(doc))} gzip, ${kib(br(doc))} brotli`);
  console.log(`  without RSC     ${kib(withoutRsc.length)} raw, ${kib(gz(withoutRsc))} gzip`);
  console.log(
    `  RSC payload     ${kib(rsc.length)} raw, ${kib(gz(rsc))} gzip (${((rsc.length / doc.length) * 100).toFixed(0)} % of the raw document)`,
  );
  console.log(`  first-load JS   ${scripts.length} scripts, ${kib(jsRaw)} raw, ${kib(jsGzip)} gzip`);
  console.log(`  transfer gzip   ${kib(gz(doc) + jsGzip)} (document + first-load JS)`);
}

async function main(): Promise<void> {
  const server = spawn('./node_modules/.bin/next', ['start', '-p', String(port)], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    await waitForServer();
    for (const path of paths) await measure(path);
  } finally {
    server.kill('SIGTERM');
  }
}

main().catch((e: Error) => {
  console.error(e.message);
  process.exit(1);
});
