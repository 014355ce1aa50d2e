/**
 * npm run build:standalone: the folder a container runs (see Dockerfile), assembled from a build made with
 * NEXT_OUTPUT=standalone. Next traces the server's files into `<distDir>/standalone` but leaves out the
 * static assets and knows nothing of our own server (scripts/start.ts) or of the search artifact, so:
 * - `<distDir>/static` → `standalone/<distDir>/static` (Next's documented step);
 * - `.cache/search` → `standalone/.cache/search`;
 * - scripts/start-standalone.ts (scripts/start.ts given Next's frozen config) bundled with esbuild into `standalone/start.mjs` (lib/server and rate-limiter-flexible
 *   inlined; `next` stays external and resolves to the traced copy), so the image needs neither tsx nor an
 *   npm install: `node start.mjs --no-build`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { ARTIFACT_PATH } from '../lib/search/artifact-fs';

const distDir = process.env.NEXT_DIST_DIR || '.next';
const standalone = path.join(distDir, 'standalone');

function fail(message: string): never {
  console.error(`build:standalone: ${message}`);
  process.exit(1);
}

if (!fs.existsSync(path.join(standalone, 'server.js'))) {
  fail(`${standalone}/server.js is missing: build with NEXT_OUTPUT=standalone first (npm run build:standalone does)`);
}
if (!fs.existsSync(ARTIFACT_PATH)) fail(`${ARTIFACT_PATH} is missing: npm run build:index`);

fs.cpSync(path.join(distDir, 'static'), path.join(standalone, distDir, 'static'), { recursive: true });
fs.cpSync(path.dirname(ARTIFACT_PATH), path.join(standalone, path.dirname(path.relative(process.cwd(), ARTIFACT_PATH))), {
  recursive: true,
});
// Next copied the prerendered pages into the folder before `npm run build` slimmed and precompressed
// them (scripts/slim-prerendered.ts): the folder gets the finished pages and their .br/.gz siblings.
fs.cpSync(path.join(distDir, 'server', 'app'), path.join(standalone, distDir, 'server', 'app'), {
  recursive: true,
  filter: (source) => fs.statSync(source).isDirectory() || /\.html(\.br|\.gz)?$/.test(source),
});

buildSync({
  entryPoints: ['scripts/start-standalone.ts'],
  outfile: path.join(standalone, 'start.mjs'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['next'],
  // Bundled CommonJS dependencies call require(); an ES module has none of its own.
  banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  logLevel: 'warning',
});

const bytes = (dir: string): number =>
  fs.readdirSync(dir, { withFileTypes: true, recursive: true }).reduce((sum, entry) => {
    return entry.isFile() ? sum + fs.statSync(path.join(entry.parentPath, entry.name)).size : sum;
  }, 0);
console.log(
  `build:standalone: ${standalone} is ready (${(bytes(standalone) / 2 ** 20).toFixed(1)} MiB); run: cd ${standalone} && node start.mjs --no-build`,
);
