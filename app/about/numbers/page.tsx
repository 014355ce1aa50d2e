import type { Metadata } from 'next';
import Link from 'next/link';
import { NumberCountsTable } from '@/app/components/numbers/number-counts-table';
import { numberCounts } from './number-rows';

export const metadata: Metadata = {
  title: '数字核对清单',
  description: '《中国电子商务报告2022》中每个可能丢失小数点的数字：怎样确定或推断，依据是什么，按章查看。',
};

/** The counts per part and class, each part linking to its own list (one page for 683 numbers is too big for a phone). */
export default function NumbersIndexPage() {
  const { rows, total } = numberCounts();
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
      <NumberCountsTable rows={rows} total={total} hrefOf={(slug) => `/about/numbers/${slug}`} />
    </div>
  );
}
