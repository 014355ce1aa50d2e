import type { Metadata } from 'next';
import Link from 'next/link';
import { loadChapters } from '@/lib/content/chapters-fs';
import { loadOutline } from '@/lib/content/outline-fs';
import { partHeading } from '@/lib/content/outline';
import { classOf, numberContexts } from '@/lib/numbers/summary';

export const metadata: Metadata = {
  title: '推断数字清单',
  description: '小数点位置无法从原文确证、按本报告惯例推断的全部数字，供核对。',
};

/** Every inferred (or unsettled) number, with its context, raw digits and reading, linked in place. */
export default function InferredNumbersPage() {
  const outline = loadOutline();
  const bodies = new Map(loadChapters().map((c) => [c.meta.slug, c.body]));
  const parts = outline.parts
    .map((part) => {
      const contexts = numberContexts(bodies.get(part.slug) ?? '');
      const numbers = part.numbers.filter((n) => classOf(n) === 'inferred' || classOf(n) === 'unsettled');
      return { part, contexts, numbers };
    })
    .filter((p) => p.numbers.length > 0);
  const count = parts.reduce((n, p) => n + p.numbers.length, 0);
  return (
    <div className="page-narrow">
      <p className="text-sm"><Link href="/about">← 关于本版</Link></p>
      <h1 className="mt-2 text-3xl font-bold">推断数字清单</h1>
      <p className="mt-3 leading-relaxed text-[var(--fg-muted)]">
        以下 {count} 个数字的小数点位置无法从原文确证，本版按报告惯例推断。“原文”一栏为 PDF 提取文本中的数字（小数点已丢失），
        “读作”为本版显示的读法。点击编号可跳到正文中的位置。
      </p>
      {parts.map(({ part, contexts, numbers }) => (
        <section key={part.slug} aria-labelledby={`inferred-${part.slug}`} className="mt-8">
          <h2 id={`inferred-${part.slug}`} className="text-lg font-semibold">{partHeading(part)}（{numbers.length}）</h2>
          <div className="mt-2 overflow-x-auto">
            <table className="w-full border-collapse text-sm">
              <thead>
                <tr className="border-b border-[var(--border)] text-left">
                  <th scope="col" className="py-2 pr-2 font-semibold">编号</th>
                  <th scope="col" className="px-2 py-2 font-semibold">上下文</th>
                  <th scope="col" className="px-2 py-2 text-right font-semibold">原文</th>
                  <th scope="col" className="py-2 pl-2 text-right font-semibold">读作</th>
                </tr>
              </thead>
              <tbody>
                {numbers.map((n) => {
                  const c = contexts.get(n.id);
                  return (
                    <tr key={n.id} className="border-b border-[var(--border)] align-top">
                      <td className="py-2 pr-2 whitespace-nowrap">
                        <Link href={`/chapters/${part.slug}#${n.id}`}>{n.id.replace(/^num-/, '')}</Link>
                      </td>
                      <td className="px-2 py-2">
                        <span className="text-[var(--fg-muted)]">…{c?.before}</span>
                        <mark className="bg-transparent font-semibold text-[var(--fg)]">{n.reading}</mark>
                        <span className="text-[var(--fg-muted)]">{c?.after}…</span>
                        {n.reason ? <span className="mt-1 block text-xs text-[var(--fg-muted)]">{n.reason}</span> : null}
                      </td>
                      <td className="px-2 py-2 text-right tabular-nums">{n.raw}{n.unit}</td>
                      <td className="py-2 pl-2 text-right tabular-nums">{n.reading}{n.unit}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </section>
      ))}
    </div>
  );
}
