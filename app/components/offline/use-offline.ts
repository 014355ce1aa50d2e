'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import type { OfflineSummary } from '@/lib/export/precache';
import { withBase } from '@/app/components/search/base-path';

export type SaveState = 'unsupported' | 'idle' | 'saving' | 'saved' | 'failed';

type Connection = { saveData?: boolean; effectiveType?: string };

/** Saving ~2 MB unasked is fine on a fast connection, not on a metered or slow one: there the reader decides. */
function connectionAllows(): boolean {
  const c = (navigator as Navigator & { connection?: Connection }).connection;
  return !c || (!c.saveData && !/2g/.test(c.effectiveType ?? ''));
}

/** How many of the precache's files are stored so far (Serwist keeps them in one cache named …precache…). */
async function storedCount(): Promise<number> {
  let n = 0;
  for (const name of await caches.keys()) if (name.includes('precache')) n += (await (await caches.open(name)).keys()).length;
  return n;
}

/**
 * The static export's service worker, from the page's side: registers it (at once on a fast
 * connection, else when the reader asks), follows the precache's progress, notices a new build
 * waiting, and tracks whether the browser is online.
 */
export function useOffline() {
  const [online, setOnline] = useState(true);
  const [state, setState] = useState<SaveState>('idle');
  const [summary, setSummary] = useState<OfflineSummary | null>(null);
  const [stored, setStored] = useState(0);
  const [update, setUpdate] = useState(false);
  const registration = useRef<ServiceWorkerRegistration | null>(null);

  const follow = useCallback((reg: ServiceWorkerRegistration) => {
    registration.current = reg;
    const watch = (worker: ServiceWorker | null) => {
      if (!worker) return;
      const settle = () => {
        // A new build installed beside the one serving this page: it waits for the reader's 「刷新」.
        if (worker.state === 'installed' && navigator.serviceWorker.controller) setUpdate(true);
        if (worker.state === 'activated' && !navigator.serviceWorker.controller) setState('saved');
        if (worker.state === 'redundant' && !reg.active) setState('failed');
      };
      worker.addEventListener('statechange', settle);
      settle();
    };
    reg.addEventListener('updatefound', () => watch(reg.installing));
    watch(reg.installing);
    if (reg.waiting && navigator.serviceWorker.controller) setUpdate(true);
  }, []);

  const save = useCallback(async () => {
    setState('saving');
    try {
      const reg = await navigator.serviceWorker.register(withBase('/sw.js'), { scope: withBase('/') });
      follow(reg);
      await navigator.serviceWorker.ready;
      setState('saved');
    } catch {
      setState('failed');
    }
  }, [follow]);

  useEffect(() => {
    setOnline(navigator.onLine);
    const on = () => setOnline(true);
    const off = () => setOnline(false);
    window.addEventListener('online', on);
    window.addEventListener('offline', off);
    if (!('serviceWorker' in navigator)) {
      setState('unsupported');
      return () => {
        window.removeEventListener('online', on);
        window.removeEventListener('offline', off);
      };
    }
    // offline.json is never precached, so fetching it also tells whether the network answers (a page
    // the service worker serves while offline may still see navigator.onLine === true).
    fetch(withBase('/offline.json'), { cache: 'no-store' })
      .then((r) => (r.ok ? (r.json() as Promise<OfflineSummary>) : null))
      .then((s) => {
        if (s) setSummary(s);
      })
      .catch(() => setOnline(false));
    navigator.serviceWorker.getRegistration(withBase('/')).then((reg) => {
      if (reg?.active) {
        follow(reg);
        setState('saved');
        // Look for a new build now, not only on the browser's next own check.
        reg.update().catch(() => undefined);
      } else if (connectionAllows()) {
        void save();
      }
    });
    return () => {
      window.removeEventListener('online', on);
      window.removeEventListener('offline', off);
    };
  }, [follow, save]);

  // Progress while saving: files stored out of the precache's count.
  useEffect(() => {
    if (state !== 'saving') return;
    const timer = setInterval(() => void storedCount().then(setStored), 250);
    return () => clearInterval(timer);
  }, [state]);

  /** Lets the waiting build take over, then reloads into it. */
  const applyUpdate = useCallback(() => {
    const waiting = registration.current?.waiting;
    if (!waiting) return window.location.reload();
    navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true });
    waiting.postMessage({ type: 'SKIP_WAITING' });
  }, []);

  const progress = summary && summary.files ? Math.min(1, stored / summary.files) : 0;
  return { online, state, summary, progress, update, save, applyUpdate };
}
