'use client';

import { lazy, Suspense } from 'react';
import { STATIC_EXPORT } from '@/app/components/search/base-path';
import './offline.css';

/**
 * The static export's offline reading (offline-reader-island.client.tsx), in a chunk of its own: the Node
 * server (`npm start`) registers no service worker, so there this renders nothing and no page loads it.
 */
const OfflineReaderIsland = lazy(() => import('./offline-reader-island.client').then((m) => ({ default: m.OfflineReaderIsland })));

export function OfflineReader() {
  return STATIC_EXPORT ? (
    <Suspense fallback={null}>
      <OfflineReaderIsland />
    </Suspense>
  ) : null;
}
