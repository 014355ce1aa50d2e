import type { Page } from '@playwright/test';

const CHUNK = /\/_next\/static\/chunks\/.+\.js(\?|$)/;

export interface ChunkWatch {
  /** Whether any script chunk fetched so far contains `text` (a UI string only that island's code carries). */
  fetchedWith(text: string): Promise<boolean>;
  /** From now on every script chunk arrives `ms` late: a slow phone network, so a first press lands before the code does. */
  slowDown(ms: number): Promise<void>;
}

/**
 * Watches the script chunks a page fetches, from the document's own to those loaded on demand. Minified
 * code keeps its string literals, so a string of an island's UI says which chunk carries that island
 * without naming a chunk's hashed file name.
 */
export async function watchChunks(page: Page): Promise<ChunkWatch> {
  const bodies: Promise<string>[] = [];
  page.on('response', (response) => {
    if (CHUNK.test(response.url())) bodies.push(response.text().catch(() => ''));
  });
  return {
    async fetchedWith(text) {
      return (await Promise.all(bodies)).some((body) => body.includes(text));
    },
    async slowDown(ms) {
      await page.route(CHUNK, async (route) => {
        await new Promise((resolve) => setTimeout(resolve, ms));
        await route.continue();
      });
    },
  };
}
