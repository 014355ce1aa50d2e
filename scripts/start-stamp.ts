/**
 * Run at the end of `npm run build`: records the digest of the build's inputs beside the build, so that
 * `npm start` can serve it without rebuilding while nothing has changed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { inputDigest, stampFile } from '../lib/server/build-stamp';

const distDir = path.resolve(process.env.NEXT_DIST_DIR || '.next');
fs.writeFileSync(stampFile(distDir), `${inputDigest(process.cwd())}\n`);
