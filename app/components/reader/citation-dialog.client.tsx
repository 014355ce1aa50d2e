'use client';

import { useEffect, useRef, useState } from 'react';
import { REPORT_PUBLISHER, REPORT_TITLE } from '@/lib/content/parts';
import { apa, bibtex, bibtexKey, gbt7714, type CitedPlace } from './citation-format';
import { citeTarget, type CiteTarget } from './citation-target';
import { copyText } from './clipboard';

/** A click on a 引用 button: the id it cites; a new object per click, so the same button reopens. */
export interface CiteRequest {
  id: string;
}

interface Open {
  id: string;
  target: CiteTarget;
  place: CitedPlace;
}

const STYLES = [
  { key: 'gbt', name: 'GB/T 7714-2015', format: (o: Open) => gbt7714(o.place) },
  { key: 'apa', name: 'APA', format: (o: Open) => apa(o.place) },
  { key: 'bibtex', name: 'BibTeX', format: (o: Open) => bibtex(o.place, bibtexKey(o.id)) },
] as const;

/**
 * The 引用 dialog (loaded on the first click, see citation-launcher.client.tsx): every 引用 button
 * (paragraph, section, item, figure, table, box) opens it with the place
 * cited in GB/T 7714-2015, APA and BibTeX, each with its own copy button. A native modal <dialog>: focus
 * moves into it, Tab stays inside, Esc closes it and focus returns to the button that opened it.
 */
export function CitationDialog({ part, request }: { part: string; request: CiteRequest }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState<Open | null>(null);
  const [copied, setCopied] = useState<string>('');

  useEffect(() => {
    const target = citeTarget(request.id, part);
    if (!target) return;
    const url = `${location.origin}${location.pathname}#${request.id}`;
    setCopied('');
    setOpen({
      id: request.id,
      target,
      place: { author: REPORT_PUBLISHER, title: REPORT_TITLE, locator: target.locator, url, accessed: new Date() },
    });
  }, [part, request]);

  useEffect(() => {
    if (open && dialog.current && !dialog.current.open) dialog.current.showModal();
  }, [open]);

  const copy = async (name: string, text: string) => setCopied((await copyText(text)) ? `已复制 ${name} 格式` : '无法访问剪贴板');

  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: the backdrop click mirrors Esc, which <dialog> already handles for keyboards.
    <dialog
      ref={dialog}
      className="cite-dialog"
      aria-labelledby="cite-dialog-title"
      onClose={() => setOpen(null)}
      // A click on the backdrop (outside the dialog's box) closes it, as a tap outside does on a phone.
      onClick={(e) => {
        if (e.target === dialog.current) dialog.current.close();
      }}
    >
      {open ? (
        <div className="cite-dialog-body">
          <h2 id="cite-dialog-title" className="cite-dialog-title">
            引用{open.target.what}
          </h2>
          <p className="cite-dialog-locator">{open.target.locator}</p>
          {STYLES.map((s) => {
            const text = s.format(open);
            return (
              <section key={s.key} className="cite-style" aria-labelledby={`cite-${s.key}`}>
                <div className="cite-style-head">
                  <h3 id={`cite-${s.key}`}>{s.name}</h3>
                  <button type="button" className="icon-button" onClick={() => copy(s.name, text)} aria-label={`复制 ${s.name} 格式`}>
                    复制
                  </button>
                </div>
                <pre className="cite-text" data-cite-style={s.key}>
                  {text}
                </pre>
              </section>
            );
          })}
          <div className="cite-dialog-actions">
            <span role="status" className="cite-copied">
              {copied}
            </span>
            <button type="button" className="icon-button" onClick={() => dialog.current?.close()}>
              关闭
            </button>
          </div>
        </div>
      ) : null}
    </dialog>
  );
}
