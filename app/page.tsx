import Link from 'next/link';
import { loadChapters } from '@/lib/content/chapters-fs';
import { loadOutline } from '@/lib/content/outline-fs';
import { partHeading } from '@/lib/content/outline';
import { readingMinutes } from '@/lib/content/reading';
import { REPORT_PUBLISHER, REPORT_TITLE } from '@/lib/content/parts';
import { ContinueReading } from '@/app/components/reader/continue-reading.client';

export default function HomePage() {
  const outline = loadOutline();
  const bodies = new Map(loadChapters().map((c) => [c.meta.slug, c.body]));
  const figureCount = outline.parts.reduce((n, p) => n + p.figures.length + p.tables.length + p.boxes.length, 0);
  return (
    <div className="page-narrow">
      <p className="text-sm tracking-widest text-[var(--fg-muted)]">{REPORT_PUBLISHER} · 2023年4月</p>
      <h1 className="mt-2 text-4xl font-bold tracking-wide">{REPORT_TITLE}</h1>
      <p className="mt-4 text-lg leading-relaxed text-[var(--fg-muted)]">
        {
          '商务部发布的年度报告，记录2022年我国电子商务的发展：网络零售、跨境电商、农村电商、“丝路电商”、绿色发展、规范发展、人才与地方实践。'
        }
        {'此处为全文在线版：每一节、每一图表、每一段都可直接链接；无法从原文确证小数点位置的数字均有标记。'}
      </p>
      <p className="mt-5 flex flex-wrap gap-3">
        <ContinueReading />
        <Link href="/figures" className="icon-button">
          图表索引（{figureCount}）
        </Link>
        <Link href="/search" className="icon-button">
          全文搜索
        </Link>
      </p>

      <h2 id="chapters" className="mt-12 text-xl font-semibold">
        目录
      </h2>
      <ol className="mt-4 divide-y divide-[var(--border)] border-y border-[var(--border)]">
        {outline.parts.map((part) => {
          const sections = part.sections.filter((s) => s.level <= 3).length;
          const minutes = readingMinutes(bodies.get(part.slug) ?? '');
          return (
            <li key={part.slug}>
              <Link href={`/chapters/${part.slug}`} className="group flex items-baseline gap-4 py-3 no-underline">
                <span className="font-medium text-[var(--fg)] group-hover:text-[var(--accent)]">{partHeading(part)}</span>
                <span className="ml-auto shrink-0 text-sm text-[var(--fg-muted)]">
                  {sections > 0 ? `${sections} 节 · ` : ''}约 {minutes} 分钟
                </span>
              </Link>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
