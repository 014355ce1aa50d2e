/**
 * Builds the search artifacts the tests use once per `vitest run` (nodejieba's dictionary alone costs
 * about a second and 240 MiB per load), writes them as the build script would, and tells the test files
 * where they are; test/search/helpers.ts loads them from there.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildFromDir } from '@/lib/search/build-fs';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Chapter directory → the JSON file of its search artifact. */
    searchArtifacts: Record<string, string>;
  }
}

const DIRS = [path.resolve(__dirname, 'fixtures/search/chapters'), path.resolve(__dirname, '../content/chapters')];

export function setup(project: TestProject) {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'report-search-'));
  const files: Record<string, string> = {};
  DIRS.filter((dir) => fs.existsSync(dir)).forEach((dir, i) => {
    const file = path.join(out, `artifact-${i}.json`);
    fs.writeFileSync(file, JSON.stringify(buildFromDir(dir)));
    files[dir] = file;
  });
  project.provide('searchArtifacts', files);
  return () => fs.rmSync(out, { recursive: true, force: true });
}
