import { defineConfig, devices } from '@playwright/test';

const port = Number(process.env.E2E_PORT || 3100);
const distDir = process.env.NEXT_DIST_DIR || '.next';

export default defineConfig({
  testDir: 'e2e',
  // The screenshot generator is not a test: `npm run screenshots` runs it to refresh README's images.
  testIgnore: process.env.SCREENSHOTS ? [] : ['**/reader-screenshots.spec.ts'],
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: [
        '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    // The production server, never `next dev`: e2e must see what readers get.
    command: `./node_modules/.bin/next start -p ${port}`,
    url: `http://127.0.0.1:${port}`,
    env: { NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: '1' },
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
