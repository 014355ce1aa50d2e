'use client';

import { useEffect, useState } from 'react';
import { copyText } from './clipboard';

/** The shareable URL of a place on this page: no ?q= or other query, just path and anchor. */
function pageUrl(hash: string): string {
  return `${location.origin}${location.pathname}${hash}`;
}

/** Link icons and pilcrows copy the full URL of what they point at (and still move the address bar there). */
export function CopyLinks() {
  const [toast, setToast] = useState<string | null>(null);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const say = (message: string) => {
      setToast(message);
      clearTimeout(timer);
      timer = setTimeout(() => setToast(null), 1800);
    };
    const onClick = async (e: MouseEvent) => {
      const anchor = (e.target as Element | null)?.closest<HTMLAnchorElement>('a.anchor-link');
      if (!anchor) return;
      const url = pageUrl(anchor.getAttribute('href')!);
      say((await copyText(url)) ? '链接已复制' : '无法访问剪贴板');
    };
    document.addEventListener('click', onClick);
    return () => {
      document.removeEventListener('click', onClick);
      clearTimeout(timer);
    };
  }, []);
  return toast ? (
    <div className="toast" role="status">
      {toast}
    </div>
  ) : (
    <div role="status" className="sr-only" />
  );
}
