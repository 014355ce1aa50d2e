/**
 * Run by `npm run build` after `next build` (and by the export over its scratch folder): takes the second
 * copy of each chapter's article out of its prerendered page (lib/prerender/slim-article.ts) and, for the
 * server's build, writes brotli and gzip siblings of every prerendered page.
 *
 *   tsx scripts/slim-prerendered.ts [DIR] [--precompress]     (DIR: .next/server/app)
 */
import path from 'node:path';
import { slimPrerenderedPages } from '../lib/prerender/slim-fs';

const args = process.argv.slice(2);
const dir = path.resolve(args.find((a) => !a.startsWith('--')) ?? path.join(process.env.NEXT_DIST_DIR || '.next', 'server', 'app'));

slimPrerenderedPages(dir, { precompress: args.includes('--precompress') }).then(
  (r) => {
    const kib = (n: number) => `${(n / 1024).toFixed(0)} KiB`;
    console.log(
      `slim: ${r.slimmed} of ${r.pages} prerendered pages lost their article's second copy (${kib(r.bytesBefore)} → ${kib(r.bytesAfter)})` +
        (r.precompressed ? `; ${r.precompressed} precompressed (br, gzip)` : ''),
    );
  },
  (error: Error) => {
    console.error(`slim failed: ${error.message}`);
    process.exit(1);
  },
);
