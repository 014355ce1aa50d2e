import type { Metadata } from 'next';
import Link from 'next/link';
import { partHeading } from '@/lib/content/outline';
import { CLASS_LABEL, CLASSES } from '@/lib/numbers/summary';
import { numberCounts, partsWithNumbers } from './number-rows';

export const metadata: Metadata = {
  title: '数字核对清单',
  description: '《中国电子商务报告2022》中每个可能丢失小数点的数字：怎样确定或推断，依据是什么，按章查看。',
};

/** The counts per part and class, each part linking to its own list (one page for 683 numbers is too big for a phone). */
export default function NumbersIndexPage() {
  const { rows, total } = numberCounts();
  const parts = new Map(partsWithNumbers().map((p) => [p.slug, p]));
  return (
    <div className="page-narrow">
      <p className="text-sm">
        <Link href="/about">← 关于本版</Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold">数字核对清单</h1>
      <p className="mt-3 leading-relaxed text-[var(--fg-muted)]">
        原文提取时丢失了全部小数点。下表按章列出 {total.total} 个可能受影响的数字各自如何确定：
        由规则或文中数字之间的关系确定、经所引来源或文中推算核实，或仍为推断（正文中带点线标记，其中经审校的附有审校说明）。
        点击章名查看该章每个数字的上下文、原文数字、读法和依据。
      </p>
      <div className="mt-6 overflow-x-auto">
        <table className="w-full border-collapse text-sm">
          <caption className="sr-only">各部分数字按确定方式统计</caption>
          <thead>
            <tr className="border-b border-[var(--border)] text-left">
              <th scope="col" className="py-2 pr-2 font-semibold">部分</th>
              {CLASSES.map((c) => (
                <th key={c} scope="col" className="px-2 py-2 text-right font-semibold">
                  {CLASS_LABEL[c]}
                </th>
              ))}
              <th scope="col" className="py-2 pl-2 text-right font-semibold">合计</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.slug} className="border-b border-[var(--border)]">
                <th scope="row" className="py-2 pr-2 text-left font-normal whitespace-nowrap">
                  <Link href={`/about/numbers/${r.slug}`}>{partHeading(parts.get(r.slug)!)}</Link>
                </th>
                {CLASSES.map((c) => (
                  <td key={c} className="px-2 py-2 text-right tabular-nums">
                    {r.counts[c]}
                  </td>
                ))}
                <td className="py-2 pl-2 text-right tabular-nums">{r.total}</td>
              </tr>
            ))}
            <tr>
              <th scope="row" className="py-2 pr-2 text-left">合计</th>
              {CLASSES.map((c) => (
                <td key={c} className="px-2 py-2 text-right font-semibold tabular-nums">
                  {total.counts[c]}
                </td>
              ))}
              <td className="py-2 pl-2 text-right font-semibold tabular-nums">{total.total}</td>
            </tr>
          </tbody>
        </table>
      </div>
    </div>
  );
}
