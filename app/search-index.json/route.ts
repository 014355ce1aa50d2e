import { readFileSync } from 'node:fs';
import { ARTIFACT_PATH } from '@/lib/search/artifact-fs';

// The search artifact for search in the browser, copied at build time: a file in the static export,
// a prerendered body behind `npm start` (compressed once there). `npm run build:index` writes it first.
export const dynamic = 'force-static';

export function GET() {
  return new Response(readFileSync(ARTIFACT_PATH), { headers: { 'content-type': 'application/json; charset=utf-8' } });
}
