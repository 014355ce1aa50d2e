'use client';

import { lazy, Suspense, useEffect, useState } from 'react';
import type { CiteRequest } from './citation-dialog.client';

// The dialog and the three citation formats are code nobody needs until a 引用 button is pressed: they
// load then, not with the page.
const CitationDialog = lazy(() => import('./citation-dialog.client').then((m) => ({ default: m.CitationDialog })));

/** Listens for the 引用 buttons the rendered chapter carries and opens the citation dialog for the one pressed. */
export function CitationLauncher({ part }: { part: string }) {
  const [request, setRequest] = useState<CiteRequest | null>(null);
  useEffect(() => {
    const onClick = (e: MouseEvent) => {
      const button = (e.target as Element | null)?.closest?.<HTMLButtonElement>('button.cite-button[data-cite]');
      if (button?.dataset.cite) setRequest({ id: button.dataset.cite });
    };
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, []);
  if (!request) return null;
  return (
    <Suspense fallback={null}>
      <CitationDialog part={part} request={request} />
    </Suspense>
  );
}
