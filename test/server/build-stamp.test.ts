import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inputDigest, isBuildCurrent, stampFile } from '@/lib/server/build-stamp';

describe('the build stamp', () => {
  let root: string;
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'stamp-'));
    fs.mkdirSync(path.join(root, 'app'));
    fs.writeFileSync(path.join(root, 'app', 'page.tsx'), 'export default 1;\n');
    fs.mkdirSync(path.join(root, '.next'));
    fs.writeFileSync(path.join(root, '.next', 'BUILD_ID'), 'abc');
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it('changes when a source changes, is added or renamed, and not otherwise', () => {
    const first = inputDigest(root, ['app']);
    expect(inputDigest(root, ['app'])).toBe(first);
    fs.writeFileSync(path.join(root, 'app', 'page.tsx'), 'export default 2;\n');
    const edited = inputDigest(root, ['app']);
    expect(edited).not.toBe(first);
    fs.renameSync(path.join(root, 'app', 'page.tsx'), path.join(root, 'app', 'home.tsx'));
    expect(inputDigest(root, ['app'])).not.toBe(edited);
  });

  it('calls a build current only when it finished, its stamp matches and its other outputs exist', () => {
    const dist = path.join(root, '.next');
    const digest = inputDigest(root, ['app']);
    expect(isBuildCurrent(dist, digest, [])).toBe(false);
    fs.writeFileSync(stampFile(dist), `${digest}\n`);
    expect(isBuildCurrent(dist, digest, [])).toBe(true);
    expect(isBuildCurrent(dist, digest, [path.join(root, 'missing-index.json')])).toBe(false);
    expect(isBuildCurrent(dist, 'other', [])).toBe(false);
    fs.rmSync(path.join(dist, 'BUILD_ID'));
    expect(isBuildCurrent(dist, digest, [])).toBe(false);
  });
});
