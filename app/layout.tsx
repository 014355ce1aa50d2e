import type { Metadata, Viewport } from 'next';
import Link from 'next/link';
import './globals.css';
import { REPORT_PUBLISHER, REPORT_TITLE } from '@/lib/content/parts';
import { SearchBox } from '@/app/components/search/search-box';
import { DisplaySettings } from '@/app/components/reader/display-settings.client';
import { themeScript } from './theme-script';
import { SITE_URL } from './site-url';
import { SiteMenu } from '@/app/components/site-menu';
import { DismissDetails } from '@/app/components/dismiss-details.client';
import { OfflineReader } from '@/app/components/offline/offline-reader.client';
import { loadOutline } from '@/lib/content/outline-fs';
import { partHeading } from '@/lib/content/outline';

export const metadata: Metadata = {
  metadataBase: new URL(SITE_URL),
  title: { default: REPORT_TITLE, template: `%s · ${REPORT_TITLE}` },
  description: '《中国电子商务报告2022》在线阅读：按章节阅读、全文检索、逐段引用。',
  authors: [{ name: REPORT_PUBLISHER }],
  openGraph: { type: 'website', siteName: REPORT_TITLE, locale: 'zh_CN', title: REPORT_TITLE },
};

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#fdfcfa' },
    { media: '(prefers-color-scheme: dark)', color: '#151515' },
  ],
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  const parts = loadOutline().parts.map((p) => ({ slug: p.slug, heading: partHeading(p) }));
  return (
    // The theme script adds classes to <html> before hydration; React must not warn about them.
    <html lang="zh-CN" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: themeScript }} />
      </head>
      <body className="min-h-screen">
        <a href="#main" className="skip-link">
          跳到正文
        </a>
        <header className="site-header">
          <Link href="/" className="site-title">
            {REPORT_TITLE}
          </Link>
          <nav aria-label="站点" className="site-nav">
            <Link href="/#chapters">目录</Link>
            <Link href="/figures">图表索引</Link>
            <Link href="/about">关于本版</Link>
          </nav>
          <div className="header-end">
            <SiteMenu parts={parts} />
            <SearchBox />
            <DisplaySettings />
          </div>
        </header>
        <DismissDetails />
        <main id="main" className="site-main" tabIndex={-1}>
          {children}
        </main>
        <footer className="site-footer">
          《{REPORT_TITLE}》 · {REPORT_PUBLISHER} 编 · 文本取自报告 PDF 的提取结果，经清理后呈现
          <OfflineReader />
        </footer>
      </body>
    </html>
  );
}
