import Link from 'next/link';
import { CLASS_LABEL, CLASSES, type CountRow } from '@/lib/numbers/summary';

/** The numbers of each part counted by how they were decided; each part's label links where `hrefOf` says. */
export function NumberCountsTable({ rows, total, hrefOf }: { rows: CountRow[]; total: CountRow; hrefOf: (slug: string) => string }) {
  return (
    <div className="mt-4 overflow-x-auto">
      <table className="w-full border-collapse text-sm">
        <caption className="sr-only">各部分数字按确定方式统计</caption>
        <thead>
          <tr className="border-b border-[var(--border)] text-left">
            <th scope="col" className="py-2 pr-3 font-semibold">
              部分
            </th>
            {CLASSES.map((c) => (
              <th key={c} scope="col" className="px-2 py-2 text-right font-semibold">
                {CLASS_LABEL[c]}
              </th>
            ))}
            <th scope="col" className="py-2 pl-2 text-right font-semibold">
              合计
            </th>
          </tr>
        </thead>
        <tbody>
          {[...rows, total].map((r) => (
            <tr key={r.label} className="border-b border-[var(--border)]">
              <th scope="row" className="py-2 pr-3 text-left font-normal">
                {r.slug ? <Link href={hrefOf(r.slug)}>{r.label}</Link> : <strong>{r.label}</strong>}
              </th>
              {CLASSES.map((c) => (
                <td key={c} className="px-2 py-2 text-right tabular-nums">
                  {r.counts[c]}
                </td>
              ))}
              <td className="py-2 pl-2 text-right tabular-nums">{r.total}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
