import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { partHeading } from '@/lib/content/outline';
import { CLASS_LABEL, CLASSES, MARKED_CLASSES } from '@/lib/numbers/summary';
import { NumberFilter } from '@/app/components/numbers/number-filter.client';
import { numberRows, partsWithNumbers } from '../number-rows';
import '@/app/styles/number-list.css';

const NO_UNIT = '（无单位）';

export function generateStaticParams() {
  return partsWithNumbers().map((p) => ({ slug: p.slug }));
}

export const dynamicParams = false;

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  const found = numberRows((await params).slug);
  return found
    ? { title: `${partHeading(found.part)}的数字`, description: `${partHeading(found.part)}中每个可能丢失小数点的数字及其读法依据。` }
    : {};
}

/**
 * One part's numbers, every class, in reading order. The whole list is in the HTML (it works without
 * JavaScript and prints); the filter island only hides rows.
 */
export default async function PartNumbersPage({ params }: { params: Promise<{ slug: string }> }) {
  const found = numberRows((await params).slug);
  if (!found) notFound();
  const { part, rows } = found;
  const units = [...new Set(rows.map((r) => r.unit || NO_UNIT))];
  const present = CLASSES.filter((c) => rows.some((r) => r.cls === c));
  return (
    <div className="page-narrow">
      <p className="text-sm">
        <Link href="/about/numbers">← 数字核对清单</Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold">{partHeading(part)}的数字</h1>
      <p className="mt-3 leading-relaxed text-[var(--fg-muted)]">
        共 {rows.length} 个。“原文”为提取文本中的数字（小数点已丢失），“读作”为本版的读法；带点线的读法为推断。点击编号跳到正文中的位置。
      </p>
      <NumberFilter classes={present.map((c) => ({ value: c, label: CLASS_LABEL[c] }))} units={units} />
      <div className="mt-3 overflow-x-auto">
        <table className="number-list" aria-describedby="number-filter-count">
          <thead>
            <tr>
              <th scope="col">编号</th>
              <th scope="col">上下文与依据</th>
              <th scope="col">原文</th>
              <th scope="col">读作</th>
              <th scope="col">方式</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} data-class={r.cls} data-unit={r.unit || NO_UNIT}>
                <td>
                  <Link href={`/chapters/${part.slug}#${r.id}`} prefetch={false}>
                    {r.id.replace(/^num-/, '')}
                  </Link>
                </td>
                <td>
                  …{r.before}
                  <mark className={MARKED_CLASSES.has(r.cls) ? 'marked' : undefined}>{r.reading}</mark>
                  {r.unit}
                  {r.after}…{r.reason ? <small>{r.reason}</small> : null}
                </td>
                <td>
                  {r.raw}
                  {r.unit}
                </td>
                <td>
                  {r.reading}
                  {r.unit}
                </td>
                <td>{r.label}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
