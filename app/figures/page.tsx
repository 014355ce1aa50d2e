import type { Metadata } from 'next';
import Link from 'next/link';
import { loadOutline } from '@/lib/content/outline-fs';
import { partHeading, type OutlineBlock, type OutlinePart } from '@/lib/content/outline';
import { loadFigureChapters } from './figure-cards-view';
import { FigureFilter, FigureGrid, FiguresIntro } from './figure-grid';
import '@/app/styles/data.css';

export const metadata: Metadata = {
  title: '图表索引',
  description: '《中国电子商务报告2022》全部图、表与专栏：图卡（图题、数据来源、正文所述与据正文重绘的图示），表与专栏的编号、标题与链接。',
  alternates: { canonical: '/figures' },
};

const OTHER_KINDS = [
  { key: 'tables', label: '表', title: '表' },
  { key: 'boxes', label: '专栏', title: '专栏' },
] as const;

/** outline.json carries `图1-1` (FORMAT.md once said `1-1`): show the label once either way. */
function blockLabel(label: string, number: string): string {
  return number.startsWith(label) ? number : `${label}${number}`;
}

function BlockRow({ part, block, label }: { part: OutlinePart; block: OutlineBlock; label: string }) {
  return (
    <li className="py-2">
      <Link href={`/chapters/${part.slug}#${block.id}`} className="no-underline">
        <span className="mr-2 font-medium text-[var(--accent)]">{blockLabel(label, block.number)}</span>
        <span className="text-[var(--fg)]">{block.caption}</span>
      </Link>
      {block.source ? <span className="block text-sm text-[var(--fg-muted)]">{block.source}</span> : null}
    </li>
  );
}

export default function FiguresPage() {
  const { parts } = loadOutline();
  const chapters = loadFigureChapters();
  const figures = chapters.reduce((n, c) => n + c.cards.length, 0);
  return (
    <div className="page-wide">
      <h1 className="text-3xl font-bold">图表索引</h1>
      <FiguresIntro />
      <section aria-labelledby="index-figures" className="mt-8">
        <h2 id="index-figures" className="text-xl font-semibold">
          图（{figures}）
        </h2>
        <FigureFilter chapters={chapters} current={null} />
        <FigureGrid chapters={chapters} />
      </section>
      {OTHER_KINDS.map(({ key, label, title }) => {
        const withBlocks = parts.filter((p) => p[key].length > 0);
        const total = withBlocks.reduce((n, p) => n + p[key].length, 0);
        return (
          <section key={key} aria-labelledby={`index-${key}`} className="mt-10 page-narrow-left">
            <h2 id={`index-${key}`} className="text-xl font-semibold">
              {title}（{total}）
            </h2>
            {withBlocks.map((part) => (
              <div key={part.slug} className="mt-4">
                <h3 className="text-sm font-semibold text-[var(--fg-muted)]">{partHeading(part)}</h3>
                <ul className="divide-y divide-[var(--border)]">
                  {part[key].map((b) => (
                    <BlockRow key={b.id} part={part} block={b} label={label} />
                  ))}
                </ul>
              </div>
            ))}
          </section>
        );
      })}
    </div>
  );
}
