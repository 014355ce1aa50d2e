import Link from 'next/link';

export interface MenuPart {
  slug: string;
  heading: string;
}

/**
 * The header's menu below 640 px, where the header has no room for its links: every part of the report,
 * 图表索引, 关于本版 and search. A <details>, so it opens without JavaScript too; an island closes it on
 * a choice, an outside tap or Esc, and marks the current part.
 */
export function SiteMenu({ parts }: { parts: MenuPart[] }) {
  return (
    <details className="site-menu" data-dismissable>
      <summary className="icon-button site-menu-button" aria-label="菜单">
        <span aria-hidden="true">☰</span> 菜单
      </summary>
      <nav aria-label="站点菜单" className="site-menu-panel">
        <p className="site-menu-heading">报告各部分</p>
        <ol className="site-menu-parts">
          {parts.map((p) => (
            <li key={p.slug}>
              <Link href={`/chapters/${p.slug}`} data-menu-part={p.slug}>
                {p.heading}
              </Link>
            </li>
          ))}
        </ol>
        <ul className="site-menu-links">
          <li>
            <Link href="/search">全文搜索</Link>
          </li>
          <li>
            <Link href="/figures">图表索引</Link>
          </li>
          <li>
            <Link href="/about">关于本版</Link>
          </li>
        </ul>
      </nav>
    </details>
  );
}
