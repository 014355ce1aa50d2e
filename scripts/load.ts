/**
 * npm run load: a bounded load test of a production server on loopback (never anything else).
 * Starts the server (default: scripts/start.ts; `--server next` = bare `next start` with Next's own
 * per-request gzip, the baseline), runs one autocannon round per target, samples the server's RSS, and
 * prints req/s, latency p50/p99, errors and memory.
 * Options: --duration <s> (10), --connections <n> (50), --port <n> (3118), --server start|next.
 * Needs a current build (npm run build).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import autocannon from 'autocannon';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const duration = Number(option('--duration', '10'));
const connections = Number(option('--connections', '50'));
const port = Number(option('--port', '3118'));
const kind = option('--server', 'start');
const HOST = '127.0.0.1';

// Rotating queries: distinct answers, as when many readers search different words. The bench's
// committed query set (the ones that find something), so the load and the bench measure the same queries.
const QUERIES = [
  ...new Set(
    (JSON.parse(fs.readFileSync('test/search/queries.json', 'utf8')) as { q: string; kind: string }[])
      .filter((x) => x.kind !== 'absent')
      .map((x) => x.q),
  ),
].slice(0, 24);

const targets = [
  { name: '/chapters/1', paths: ['/chapters/1'] },
  { name: '/api/search (rotating)', paths: QUERIES.map((q) => `/api/search?q=${encodeURIComponent(q)}`) },
  { name: '/search (rotating)', paths: QUERIES.map((q) => `/search?q=${encodeURIComponent(q)}`) },
];

function rssMiB(pid: number): number {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
  } catch {
    return 0;
  }
}

async function startServer() {
  const command =
    kind === 'next'
      ? (['./node_modules/.bin/next', ['start', '-H', HOST, '-p', String(port)]] as const)
      : (['node', ['--import', 'tsx', 'scripts/start.ts', '--no-build', '--port', String(port)]] as const);
  const child = spawn(command[0], [...command[1]], {
    env: { ...process.env, HOST, RATE_LIMIT: 'off', NEXT_TELEMETRY_DISABLED: '1', NEXT_COMPRESS: kind === 'next' ? '1' : '' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error('the server exited at start: is there a build? (npm run build)');
    if (Date.now() > deadline) throw new Error('the server did not answer within 60 s');
    const up = await fetch(`http://${HOST}:${port}/`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return child;
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function round(paths: string[]) {
  let i = 0;
  return autocannon({
    url: `http://${HOST}:${port}`,
    connections,
    duration,
    headers: { 'accept-encoding': 'br, gzip' },
    requests: [{ setupRequest: (req: autocannon.Request) => ({ ...req, path: paths[i++ % paths.length] }) }],
  });
}

async function main() {
  const server = await startServer();
  const pid = server.pid!;
  console.log(
    `load: ${kind === 'next' ? 'bare next start (per-request gzip)' : 'npm start server'} on ${HOST}:${port}, ${connections} connections, ${duration} s per round`,
  );
  console.log(`RSS at start: ${rssMiB(pid).toFixed(0)} MiB`);
  const rows: string[][] = [['target', 'req/s', 'p50 ms', 'p99 ms', 'errors', 'non-2xx', 'KB/req', 'RSS max MiB']];
  try {
    for (const target of targets) {
      // One unmeasured request per path first: the server's one-time work (loading the index,
      // compressing a page) is not what a round measures.
      for (const path of target.paths)
        await fetch(`http://${HOST}:${port}${path}`, { headers: { 'accept-encoding': 'br, gzip' } }).then((r) => r.arrayBuffer());
      let peak = 0;
      const sampler = setInterval(() => (peak = Math.max(peak, rssMiB(pid))), 250);
      const result = await round(target.paths);
      clearInterval(sampler);
      rows.push([
        target.name,
        result.requests.average.toFixed(0),
        String(result.latency.p50),
        String(result.latency.p99),
        String(result.errors + result.timeouts),
        String(result.non2xx),
        (result.throughput.average / Math.max(1, result.requests.average) / 1024).toFixed(1),
        peak.toFixed(0),
      ]);
    }
  } finally {
    server.kill('SIGTERM');
  }
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  for (const row of rows) console.log(row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  '));
}

main().catch((error) => {
  console.error(`load: ${(error as Error).message}`);
  process.exit(1);
});
