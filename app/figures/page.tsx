import type { Metadata } from 'next';
import Link from 'next/link';
import { loadOutline } from '@/lib/content/outline-fs';
import { partHeading, type OutlineBlock, type OutlinePart } from '@/lib/content/outline';

export const metadata: Metadata = {
  title: '图表索引',
  description: '《中国电子商务报告2022》全部图、表与专栏：编号、标题、数据来源与链接。',
};

const KINDS = [
  { key: 'figures', label: '图', title: '图' },
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
  return (
    <div className="page-narrow">
      <h1 className="text-3xl font-bold">图表索引</h1>
      <p className="mt-3 text-[var(--fg-muted)]">报告中的图、表与专栏。图的图像不在原文文本中，链接处仅有图题与数据来源。</p>
      {KINDS.map(({ key, label, title }) => {
        const withBlocks = parts.filter((p) => p[key].length > 0);
        const total = withBlocks.reduce((n, p) => n + p[key].length, 0);
        return (
          <section key={key} aria-labelledby={`index-${key}`} className="mt-10">
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
