import { defineConfig, devices } from '@playwright/test';

const port = Number(process.env.E2E_PORT || 3100);
const distDir = process.env.NEXT_DIST_DIR || '.next';

export default defineConfig({
  testDir: 'e2e',
  // The screenshot generator is not a test: `npm run screenshots` runs it to refresh README's images.
  // static-*.spec.ts run against the static export with their own server (playwright.static.config.ts).
  testIgnore: ['**/static-*.spec.ts', ...(process.env.SCREENSHOTS ? [] : ['**/reader-screenshots.spec.ts'])],
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 2,
  // No retries: the one known intermittent failure (Back soon after a TOC jump stayed at the target: the
  // jump's pending scroll save wrote the target into the entry Back arrived at) is fixed and has its own test.
  retries: 0,
  timeout: 30_000,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    // The production server readers get (`npm start` without its build check: `npm test` has just built),
    // never `next dev`. One node process (no wrapper) so stopping it leaves no orphan.
    command: `node --import tsx scripts/start.ts --no-build --port ${port}`,
    url: `http://127.0.0.1:${port}`,
    // The rate limit is tested on its own server (e2e/server-rate-limit.spec.ts); here it would only flake.
    env: { NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: '1', RATE_LIMIT: 'off', HOST: '127.0.0.1' },
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
