/**
 * npm start: serve the production build on PORT (default 3000), building first only if the inputs
 * changed since the last build (see lib/server/build-stamp.ts). Options: --port <n>, --no-build.
 * SIGTERM / SIGINT: stop accepting, let in-flight requests finish (SHUTDOWN_DEADLINE_MS), exit 0.
 * Settings: lib/server/config.ts and README (server section).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import next from 'next';
import { createAppServer } from '../lib/server/app-server';
import { inputDigest, isBuildCurrent } from '../lib/server/build-stamp';
import { ConfigError, readServerConfig } from '../lib/server/config';
import { shutdownGracefully } from '../lib/server/graceful-shutdown';
import { seedPrecompressedPages } from '../lib/server/precompressed-fs';
import { ARTIFACT_PATH } from '../lib/search/artifact-fs';

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};

// A log nobody reads any more (the terminal or supervisor went away) must not take the server down
// or stall its shutdown.
for (const stream of [process.stdout, process.stderr]) stream.on('error', () => {});

function fail(message: string): never {
  console.error(`start: ${message}`);
  process.exit(1);
}

let config: ReturnType<typeof readServerConfig>;
try {
  config = readServerConfig({ ...process.env, PORT: option('--port') ?? process.env.PORT });
} catch (error) {
  if (error instanceof ConfigError) fail(error.message);
  throw error;
}

const root = process.cwd();
const distDir = path.resolve(process.env.NEXT_DIST_DIR || '.next');
(process.env as Record<string, string>).NODE_ENV = 'production';
process.env.NEXT_TELEMETRY_DISABLED ??= '1';

if (!args.includes('--no-build')) {
  const started = performance.now();
  if (isBuildCurrent(distDir, inputDigest(root), [ARTIFACT_PATH])) {
    console.log(`start: the build is current (checked in ${(performance.now() - started).toFixed(0)} ms)`);
  } else {
    console.log('start: sources changed since the last build (or there is none): building…');
    const build = spawnSync('npm', ['run', '-s', 'build'], { stdio: 'inherit' });
    if (build.status !== 0) fail('the build failed; nothing is served');
  }
}
if (!fs.existsSync(path.join(distDir, 'BUILD_ID'))) fail(`no production build in ${distDir}: run npm run build`);
if (!process.env.SITE_URL) {
  console.warn('start: \x1b[33mSITE_URL is not set\x1b[0m: canonical links and the sitemap point at http://localhost:3000');
}

async function main() {
  const buildId = fs.readFileSync(path.join(distDir, 'BUILD_ID'), 'utf8').trim();
  const app = next({ dev: false, dir: root, hostname: config.host, port: config.port });
  await app.prepare();
  const handle = app.getRequestHandler();
  const { server, connections, markStopping, compressionCache } = createAppServer((req, res) => handle(req, res), config, buildId);
  const seeded = seedPrecompressedPages(distDir, compressionCache);
  if (!seeded) console.warn('start: the build has no precompressed pages: each page is compressed on its first request');

  server.listen(config.port, config.host, () => {
    console.log(`start: serving build ${buildId} on http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}`);
  });
  server.on('error', (error: NodeJS.ErrnoException) => fail(error.code === 'EADDRINUSE' ? `port ${config.port} is in use` : error.message));

  let stopping = false;
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.on(signal, async () => {
      if (stopping) return;
      stopping = true;
      markStopping();
      console.log(`start: ${signal}: finishing requests in flight (up to ${config.shutdownDeadlineMs} ms)`);
      const { clean } = await shutdownGracefully(server, connections, config.shutdownDeadlineMs);
      console.log(clean ? 'start: stopped' : 'start: deadline reached, remaining connections closed');
      process.exit(0);
    });
  }
}

main().catch((error) => fail((error as Error).stack ?? String(error)));
