import Link from 'next/link';
import type { FigureChapter } from './figure-cards-view';

/**
 * The chapter filter is a row of links (/figures, /figures/1 …): each is a prerendered page, so it works
 * without JavaScript, can be shared, and Back returns to the previous choice.
 */
export function FigureFilter({ chapters, current }: { chapters: FigureChapter[]; current: string | null }) {
  const total = chapters.reduce((n, c) => n + c.cards.length, 0);
  const link = (href: string, label: string, count: number, active: boolean) => (
    <li key={href}>
      <Link href={href} className="figure-filter-link" aria-current={active ? 'page' : undefined}>
        {label}
        <span className="figure-filter-count">{count}</span>
      </Link>
    </li>
  );
  return (
    <nav aria-label="按章筛选图" className="figure-filter">
      <ul>
        {link('/figures', '全部', total, current === null)}
        {chapters.map((c) => link(`/figures/${c.slug}`, c.short, c.cards.length, current === c.slug))}
      </ul>
    </nav>
  );
}

export function FigureGrid({ chapters }: { chapters: FigureChapter[] }) {
  return (
    <div className="figure-grid-sections">
      {chapters.map((c) => (
        <section key={c.slug} aria-labelledby={`figures-${c.slug}`} className="mt-8">
          <h2 id={`figures-${c.slug}`} className="text-lg font-semibold">
            <Link href={`/chapters/${c.slug}`}>{c.heading}</Link>
            <span className="ml-2 text-sm font-normal text-[var(--fg-muted)]">{c.cards.length} 幅图</span>
          </h2>
          <ul className="report figure-grid">
            {c.cards.map((card) => (
              // The card is the chapter's own sanitized HTML (lib/markdown/figure-cards.ts).
              <li key={card.id} dangerouslySetInnerHTML={{ __html: card.html }} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

export function FiguresIntro() {
  return (
    <p className="mt-3 text-[var(--fg-muted)]">
      报告的图像不在原文文本中：每张图卡给出图题、数据来源与正文中引用此图的句子；正文完整列出一幅图全部数据的，附据正文数字重绘的图示（推断的读数以斜线标出）。
    </p>
  );
}
