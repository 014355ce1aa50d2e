import fs from 'node:fs';
import { ARTIFACT_PATH } from '../search/artifact-fs';

/**
 * Whether the search index a build leaves behind is there. Without it the deployment is broken, not the
 * request: search answers 503 with a sentence (never the server's file paths, never an empty 500).
 */
export function searchIndexPresent(file = ARTIFACT_PATH): boolean {
  const stat = fs.statSync(/*turbopackIgnore: true*/ file, { throwIfNoEntry: false });
  return !!stat && stat.isFile() && stat.size > 0;
}

export const SEARCH_UNAVAILABLE_MESSAGE =
  'Search is unavailable: the search index of this build is missing. 搜索暂不可用：本站的搜索索引缺失。';
