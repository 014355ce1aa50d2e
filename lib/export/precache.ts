/**
 * What the static export's service worker precaches, and the summary the page shows (「离线阅读（约 x MB）」):
 * the pages, their scripts and styles, the search artifact, the /data files, the numbers' reasons (their
 * tooltips' full text), the manifest and icons.
 * Not the RSC payloads (`*.txt`): a client-side navigation that cannot fetch one falls back to loading
 * the page, which is precached.
 */
export const PRECACHE_PATTERNS = [
  '**/*.html',
  '_next/static/**/*.{js,css,woff2}',
  'search-index.json',
  'data/**/*.{csv,json}',
  'number-reasons/*.json',
  'manifest.webmanifest',
  'icons/*.png',
  'icon.svg',
];

/** Hashed file names never change content: no revision needed. */
export const IMMUTABLE = /^_next\/static\//;

export interface OfflineSummary {
  /** The build this precache belongs to (Next's build id). */
  build: string;
  files: number;
  /** Bytes as stored. */
  bytes: number;
  /** Bytes over the wire with gzip (what saving costs the reader). */
  transfer: number;
}

/** `1.93 MB`, in the decimal megabytes phones and data plans count in. */
export function formatMegabytes(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}
