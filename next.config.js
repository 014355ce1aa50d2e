// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  // Parallel builds (e.g. an e2e run beside a dev build) must not share one output folder.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // nodejieba loads a ~240 MiB dictionary; it belongs to build scripts, never to a request.
  serverExternalPackages: ['nodejieba'],
  poweredByHeader: false,
  reactStrictMode: true,
};

module.exports = nextConfig;
