import path from 'node:path';
import { expect, test } from '@playwright/test';
import { inputDigest, isBuildCurrent } from '../lib/server/build-stamp';
import { ARTIFACT_PATH } from '../lib/search/artifact-fs';
import { get, startServer } from './helpers/server-process';

/** `npm start` serves the build on disk when nothing it was made from has changed: no 10–20 s rebuild. */
test.describe.configure({ timeout: 90_000 });

test('npm start with a current build serves it without rebuilding', async () => {
  const root = process.cwd();
  const distDir = path.resolve(process.env.NEXT_DIST_DIR || '.next');
  // This test must never rebuild under the running suite: a stale build is a setup error, said plainly.
  expect(isBuildCurrent(distDir, inputDigest(root), [ARTIFACT_PATH]), 'the build is stale: run npm run build first').toBe(true);
  const server = await startServer(3115, {}, ['npm', 'start', '--']);
  try {
    expect(server.output()).toContain('the build is current');
    expect(server.output()).not.toContain('building');
    expect(await get(3115, '/chapters/1')).toMatchObject({ status: 200 });
  } finally {
    server.child.kill('SIGTERM');
    await server.exited;
  }
});
