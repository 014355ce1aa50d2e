// @ts-check
const { PHASE_PRODUCTION_BUILD } = require('next/constants');

/** @param {string | undefined} value @returns {'standalone' | 'export' | undefined} */
function outputMode(value) {
  if (!value) return undefined;
  if (value === 'standalone' || value === 'export') return value;
  throw new Error(`NEXT_OUTPUT must be 'standalone' or 'export' (or unset), not ${JSON.stringify(value)}`);
}

/** @type {(phase: string) => import('next').NextConfig} */
module.exports = (phase) => {
  if (phase === PHASE_PRODUCTION_BUILD && !process.env.SITE_URL) {
    // Canonical links, og:url, the sitemap and robots.txt are baked into the static pages at build time.
    console.warn(
      '\n\x1b[33m⚠ SITE_URL is not set: canonical links, og:url, sitemap.xml and robots.txt will point at ' +
        'http://localhost:3000. Set SITE_URL=https://your.host before `npm run build` when deploying.\x1b[0m\n',
    );
  }
  const output = outputMode(process.env.NEXT_OUTPUT);
  return {
    // NEXT_OUTPUT picks the output mode: unset for `npm start` (our server in scripts/start.ts),
    // 'standalone' for the container image (Dockerfile), 'export' for the static site (`npm run export`).
    output,
    // The standalone trace follows the content readers' cwd-relative paths into the whole project; the
    // server needs none of the tests, tools or the raw source text (pages are prerendered from content/).
    outputFileTracingExcludes: {
      '*': ['e2e/**', 'test/**', '.ci/**', 'scripts/**', 'content/source/**', '*.md', '*.config.ts', 'tsconfig.tsbuildinfo', 'out/**'],
    },
    // Routes that only a server can answer (`*.server.ts[x]`: /api/search, the server-rendered /search)
    // and their static stand-ins (`*.static.tsx`: /search searching in the browser) share one tree; the
    // output mode picks which of the two Next sees, so server mode is unchanged by the export.
    pageExtensions: ['tsx', 'ts', 'jsx', 'js', ...(output === 'export' ? ['static.tsx', 'static.ts'] : ['server.tsx', 'server.ts'])],
    // BASE_PATH serves the site under a sub-path (`/report2022`); Next prefixes its links and assets.
    ...(process.env.BASE_PATH ? { basePath: process.env.BASE_PATH } : {}),
    // What client code must know of the build: raw fetches and <a> links need the sub-path, and the
    // search box falls back to /api/search only where there is a server to answer it.
    env: { NEXT_PUBLIC_BASE_PATH: process.env.BASE_PATH || '', NEXT_PUBLIC_STATIC_EXPORT: output === 'export' ? '1' : '' },
    // Parallel builds (e.g. an e2e run beside a dev build) must not share one output folder.
    distDir: process.env.NEXT_DIST_DIR || '.next',
    // nodejieba loads a ~240 MiB dictionary; it belongs to build scripts, never to a request.
    serverExternalPackages: ['nodejieba'],
    poweredByHeader: false,
    reactStrictMode: true,
    // The server in scripts/start.ts compresses once per distinct body (brotli and gzip, cached) instead
    // of Next gzipping the same prerendered page on every request.
    // NEXT_COMPRESS=1 brings Next's per-request gzip back: only for `npm run load -- --server next`, the baseline.
    compress: process.env.NEXT_COMPRESS === '1',
    // The reader shows no raster images; an enabled optimizer only lets anyone make the server fetch URLs.
    images: { unoptimized: true },
  };
};
