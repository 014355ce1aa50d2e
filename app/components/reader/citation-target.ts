/**
 * What a 引用 button cites, read from the page: `第1章 1.1.1 第1段`, `第5章 专栏5-1 第2段` (a box's
 * paragraphs are counted within the box, as a reader of the printed box would count them),
 * `第1章 图1-1 2011-2022年全国电子商务交易额`, `第1章 1.1.1 全国电子商务交易额达43.83万亿元`.
 */

/** Text as the reader sees it: without injected controls, spaces collapsed. */
export function visibleText(el: Element): string {
  const clone = el.cloneNode(true) as Element;
  clone.querySelectorAll('.ui').forEach((n) => n.remove());
  return (clone.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The heading a paragraph is numbered under: `sec-1-1-1-p2` → #sec-1-1-1, and its paragraph number. */
function paragraphPlace(id: string): { heading: HTMLElement | null; n: number } | null {
  const m = /^(.*)-p(\d+)$/.exec(id);
  return m ? { heading: document.getElementById(m[1]), n: Number(m[2]) } : null;
}

/** `1.1.1` from `1.1.1 全国…`; a numbered item (h4, `1. 电子支付服务`) keeps its section's number too. */
function sectionNumber(heading: HTMLElement): string {
  const own = visibleText(heading).split(' ')[0];
  if (heading.tagName !== 'H4') return own;
  const section = heading.id.slice(0, heading.id.lastIndexOf('-'));
  const parent = section ? document.getElementById(section) : null;
  return parent ? `${visibleText(parent).split(' ')[0]} ${visibleText(heading)}` : visibleText(heading);
}

export interface CiteTarget {
  /** What the dialog's title says is cited: 本段, 本节, 图1-1 … */
  what: string;
  locator: string;
}

/** `part` is the part's short name (第1章, 前言, 附录B). Undefined when the id names nothing citable. */
export function citeTarget(id: string, part: string): CiteTarget | undefined {
  const el = document.getElementById(id);
  if (!el) return undefined;
  if (el.matches('p.para')) {
    const box = el.closest<HTMLElement>('aside[id]');
    if (box) {
      const label = visibleText(box.querySelector('.block-label') ?? box);
      const n = Array.from(box.querySelectorAll('p.para')).indexOf(el) + 1;
      return { what: '本段', locator: `${part} ${label} 第${n}段` };
    }
    const place = paragraphPlace(id);
    if (!place) return undefined;
    const inSection = place.heading && place.heading.tagName !== 'H1' ? ` ${sectionNumber(place.heading)}` : '';
    return { what: '本段', locator: `${part}${inSection} 第${place.n}段` };
  }
  if (/^H[1-4]$/.test(el.tagName)) {
    return { what: '本节', locator: el.tagName === 'H1' ? visibleText(el) : `${part} ${visibleText(el)}` };
  }
  const caption = document.getElementById(`${id}-caption`);
  if (caption) {
    const label = visibleText(caption.querySelector('.block-label') ?? caption);
    return { what: label, locator: `${part} ${visibleText(caption)}` };
  }
  return undefined;
}
