import { defineConfig } from '@playwright/test';
import base from './playwright.config';

/**
 * The static export (`npm run export` → out/) served by a plain file server (scripts/serve-static.ts),
 * not Next: the journeys a reader makes on a CDN-hosted copy, offline included. `npm run test:e2e` runs it
 * after the server suite.
 */
const port = Number(process.env.E2E_STATIC_PORT || 3151);

export default defineConfig({
  ...base,
  testIgnore: [],
  testMatch: '**/static-*.spec.ts',
  use: { ...base.use, baseURL: `http://127.0.0.1:${port}` },
  webServer: {
    command: `node --import tsx scripts/serve-static.ts --dir out --port ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
