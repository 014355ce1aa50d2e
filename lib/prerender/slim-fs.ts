import fs from 'node:fs';
import path from 'node:path';
import { compress, PRECOMPRESSED_SUFFIX } from '@/lib/server/compression';
import { deferScripts } from './defer-scripts';
import { type CriticalCssOptions, inlineCriticalCss } from './inline-critical-css';
import { slimArticle } from './slim-article';

/**
 * The build's edge for slim-article.ts: every prerendered `.html` under a folder, rewritten in place
 * (each file through a temporary sibling and a rename, so no page is ever half written), and optionally
 * made to paint before its scripts and stylesheets arrive (defer-scripts.ts, inline-critical-css.ts) and
 * precompressed beside it (`X.html.br`, `X.html.gz`) for the server to send without compressing.
 */
function htmlFilesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

function writeAtomically(file: string, data: Buffer | string): void {
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, data);
  fs.renameSync(temporary, file);
}

export interface SlimReport {
  pages: number;
  slimmed: number;
  bytesBefore: number;
  bytesAfter: number;
  precompressed: number;
  /** Pages whose scripts now load after the first frame and whose critical CSS is inlined. */
  paintFirst: number;
}

export interface SlimOptions {
  precompress: boolean;
  /** Inline each page's critical CSS and defer its scripts past the first frame. */
  paintFirst?: CriticalCssOptions;
}

export async function slimPrerenderedPages(dir: string, options: SlimOptions): Promise<SlimReport> {
  const report: SlimReport = { pages: 0, slimmed: 0, bytesBefore: 0, bytesAfter: 0, precompressed: 0, paintFirst: 0 };
  for (const file of htmlFilesUnder(dir)) {
    const before = fs.readFileSync(file, 'utf8');
    report.pages += 1;
    report.bytesBefore += Buffer.byteLength(before);
    let after = before;
    try {
      const slim = slimArticle(before);
      if (slim.removed) {
        after = slim.html;
        report.slimmed += 1;
      }
      if (options.paintFirst) {
        const deferred = deferScripts(after);
        // A page already made to paint first has no deferrable scripts left: it is not processed twice.
        if (deferred.deferred.length) {
          after = await inlineCriticalCss(deferred.html, options.paintFirst);
          report.paintFirst += 1;
        }
      }
      if (after !== before) writeAtomically(file, after);
    } catch (error) {
      throw new Error(`${path.relative(process.cwd(), file)}: ${(error as Error).message}`);
    }
    const body = Buffer.from(after);
    report.bytesAfter += body.length;
    if (options.precompress) {
      for (const encoding of ['br', 'gzip'] as const) {
        writeAtomically(`${file}${PRECOMPRESSED_SUFFIX[encoding]}`, await compress(body, encoding, 'best'));
      }
      report.precompressed += 1;
    }
  }
  return report;
}
