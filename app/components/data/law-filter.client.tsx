'use client';

import { lazy, Suspense } from 'react';

/**
 * Appendix A's law filter (law-filter-form.client.tsx) in a chunk of its own. The chapter page imports this
 * for every part but renders it only for appendix A; a plain import would put the form and its matching
 * code into the first load of all thirteen parts. (React's lazy, not next/dynamic: that one brings ~1 KiB
 * of loader code into every page's first load.)
 */
const LawTableFilterForm = lazy(() => import('./law-filter-form.client').then((m) => ({ default: m.LawTableFilter })));

export function LawTableFilter({ tableId }: { tableId: string }) {
  return (
    <Suspense fallback={null}>
      <LawTableFilterForm tableId={tableId} />
    </Suspense>
  );
}
