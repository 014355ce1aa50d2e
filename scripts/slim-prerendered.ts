/**
 * Run by `npm run build` after `next build` (and by the export over its scratch folder): takes the second
 * copy of each chapter's article out of its prerendered page (lib/prerender/slim-article.ts) and, for the
 * server's build, inlines each page's critical CSS, defers its scripts past the first frame
 * (`--paint-first`) and writes brotli and gzip siblings of every prerendered page.
 *
 *   tsx scripts/slim-prerendered.ts [DIR] [--paint-first] [--precompress]     (DIR: .next/server/app)
 */
import path from 'node:path';
import { slimPrerenderedPages } from '../lib/prerender/slim-fs';

const args = process.argv.slice(2);
const dir = path.resolve(args.find((a) => !a.startsWith('--')) ?? path.join(process.env.NEXT_DIST_DIR || '.next', 'server', 'app'));

const distDir = path.dirname(path.dirname(dir));
const paintFirst = args.includes('--paint-first')
  ? { staticDir: path.join(distDir, 'static'), publicPath: `${process.env.BASE_PATH ?? ''}/_next/static/` }
  : undefined;

slimPrerenderedPages(dir, { precompress: args.includes('--precompress'), paintFirst }).then(
  (r) => {
    const kib = (n: number) => `${(n / 1024).toFixed(0)} KiB`;
    console.log(
      `slim: ${r.slimmed} of ${r.pages} prerendered pages lost their article's second copy (${kib(r.bytesBefore)} → ${kib(r.bytesAfter)})` +
        (r.paintFirst ? `; ${r.paintFirst} paint before their scripts and full stylesheets load` : '') +
        (r.precompressed ? `; ${r.precompressed} precompressed (br, gzip)` : ''),
    );
  },
  (error: Error) => {
    console.error(`slim failed: ${error.message}`);
    process.exit(1);
  },
);
