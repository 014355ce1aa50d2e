/**
 * The container's entry (bundled into standalone/start.mjs by scripts/assemble-standalone.ts): the same
 * server as `npm start`, given the config Next froze at build time. A standalone folder has no full `next`
 * install to load next.config.js with; Next's own standalone server.js hands the frozen config over through
 * this variable, and so do we.
 */
import fs from 'node:fs';
import path from 'node:path';

const distDir = process.env.NEXT_DIST_DIR || '.next';
const serverFiles = path.resolve(distDir, 'required-server-files.json');
if (!fs.existsSync(serverFiles)) {
  console.error(`start: ${serverFiles} is missing: this is not a standalone build folder`);
  process.exit(1);
}
process.env.__NEXT_PRIVATE_STANDALONE_CONFIG ??= JSON.stringify(JSON.parse(fs.readFileSync(serverFiles, 'utf8')).config);
await import('./start');
