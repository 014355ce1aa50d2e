import type { Metadata } from 'next';
import Link from 'next/link';
import './globals.css';
import { REPORT_TITLE } from '@/lib/content/parts';

export const metadata: Metadata = {
  title: { default: REPORT_TITLE, template: `%s · ${REPORT_TITLE}` },
  description: '《中国电子商务报告2022》在线阅读：按章节阅读、全文检索、逐段引用。',
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="zh-CN">
      <body className="min-h-screen bg-white text-zinc-900">
        <header className="border-b border-zinc-200 px-4 py-3">
          <Link href="/" className="font-semibold">{REPORT_TITLE}</Link>
        </header>
        <main id="main" className="mx-auto max-w-3xl px-4 py-8">{children}</main>
      </body>
    </html>
  );
}
