/**
 * The static export's service worker (Serwist). Not part of the Next build: scripts/export.ts bundles
 * it with esbuild into out/sw.js and fills in the precache list it computed over out/ (every page, the
 * scripts and styles, the search artifact, the /data files, the icons), each with a revision, so a new
 * export replaces exactly what changed and removes what is gone; a new sw.js waits until the reader
 * chooses 「刷新」 (the page sends SKIP_WAITING), so an open chapter never changes under them.
 */
import { type PrecacheEntry, Serwist } from 'serwist';

declare const __PRECACHE__: PrecacheEntry[];

const serwist = new Serwist({
  precacheEntries: __PRECACHE__,
  precacheOptions: {
    cleanupOutdatedCaches: true,
    concurrency: 6,
    // /chapters/1 is chapters/1.html, / is index.html; ?q= (the find bar's words) never changes the file.
    cleanURLs: true,
    directoryIndex: 'index.html',
    ignoreURLParametersMatching: [/.*/],
  },
  skipWaiting: false,
  // The first visit's page is served offline too, without a reload.
  clientsClaim: true,
  disableDevLogs: true,
});

serwist.addEventListeners();
