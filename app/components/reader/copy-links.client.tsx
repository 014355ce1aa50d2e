'use client';

import { useEffect, useState } from 'react';
import { REPORT_PUBLISHER, REPORT_TITLE } from '@/lib/content/parts';

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Clipboard API refused (insecure origin, no permission): fall back to a hidden textarea.
    const area = document.createElement('textarea');
    area.value = text;
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.appendChild(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  }
}

function visibleText(el: Element): string {
  const clone = el.cloneNode(true) as Element;
  clone.querySelectorAll('.ui').forEach((n) => n.remove());
  return (clone.textContent ?? '').trim();
}

/** The shareable URL of a place on this page: no ?q= or other query, just path and anchor. */
function pageUrl(hash: string): string {
  return `${location.origin}${location.pathname}${hash}`;
}

/** `sec-1-1-1-p2` → the heading `sec-1-1-1` and paragraph number 2. */
export function citation(paragraphId: string, chapterHeading: string, url: string): string {
  const m = /^(.*)-p(\d+)$/.exec(paragraphId);
  const heading = m ? document.getElementById(m[1]) : null;
  const section = heading && heading.tagName !== 'H1' ? `，${visibleText(heading)}` : '';
  const paragraph = m ? `，第${m[2]}段` : '';
  return `${REPORT_PUBLISHER}：《${REPORT_TITLE}》，${chapterHeading}${section}${paragraph}。${url}`;
}

/**
 * Link icons and pilcrows copy the full URL of what they point at (and still move the address bar there);
 * "复制引用" copies a citation: report, chapter, section number and title, paragraph, URL.
 */
export function CopyLinks({ chapterHeading }: { chapterHeading: string }) {
  const [toast, setToast] = useState<string | null>(null);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const say = (message: string) => {
      setToast(message);
      clearTimeout(timer);
      timer = setTimeout(() => setToast(null), 1800);
    };
    const onClick = async (e: MouseEvent) => {
      const target = e.target as Element | null;
      const anchor = target?.closest<HTMLAnchorElement>('a.anchor-link');
      const cite = target?.closest<HTMLButtonElement>('button.cite-button');
      if (anchor) {
        const url = pageUrl(anchor.getAttribute('href')!);
        say((await copy(url)) ? '链接已复制' : '无法访问剪贴板');
      } else if (cite) {
        const id = cite.dataset.cite!;
        const url = pageUrl(`#${id}`);
        say((await copy(citation(id, chapterHeading, url))) ? '引用已复制' : '无法访问剪贴板');
      }
    };
    document.addEventListener('click', onClick);
    return () => { document.removeEventListener('click', onClick); clearTimeout(timer); };
  }, [chapterHeading]);
  return toast ? <div className="toast" role="status">{toast}</div> : <div role="status" className="sr-only" />;
}
