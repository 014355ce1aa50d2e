import type { Metadata } from 'next';
import Link from 'next/link';
import { loadOutline } from '@/lib/content/outline-fs';
import { partHeading } from '@/lib/content/outline';
import { countByPart } from '@/lib/numbers/summary';
import { NumberCountsTable } from '@/app/components/numbers/number-counts-table';

export const metadata: Metadata = {
  title: '关于本版',
  description: '本在线版的来源、原文提取造成的损坏，以及数字小数点的恢复方法与统计。',
};

/** The counts come from outline.json, so this page always describes the content actually shown. */
/**
 * Where readers report a wrong number: a mailto: or issue-tracker address set at build time
 * (REPORT_CORRECTIONS_URL); without it the page says whom to tell instead of showing a dead link.
 */
const CORRECTIONS_URL = /^(https?:|mailto:)/.test(process.env.REPORT_CORRECTIONS_URL ?? '')
  ? process.env.REPORT_CORRECTIONS_URL
  : undefined;

export default function AboutPage() {
  const outline = loadOutline();
  const { rows, total } = countByPart(
    outline.parts.filter((p) => p.numbers.length > 0).map((p) => ({ slug: p.slug, label: partHeading(p), numbers: p.numbers })),
  );
  const settled = total.counts.rule + total.counts.relation;
  return (
    <div className="page-narrow">
      <h1 className="text-3xl font-bold">关于本版</h1>

      <section aria-labelledby="about-source" className="mt-8 space-y-3 leading-relaxed">
        <h2 id="about-source" className="text-xl font-semibold">
          来源
        </h2>
        <p>
          本版正文来自商务部《中国电子商务报告2022》（2023年4月发布）PDF 文件提取出的文本。提取过程损坏了许多内容：
          全角数字与符号、断行与页眉页脚、脚注位置、表格结构，以及——最要紧的——<strong>所有小数点都丢失了</strong>。
          例如原文“４３８３万亿元”应为 43.83 万亿元，“３５％”应为 3.5%，而“７０１２８亿元”却本来就是整数。
          简单地在最后一位前补小数点是错的，原样保留也是错的（4383 万亿元超过全世界的 GDP）。
        </p>
      </section>

      <section aria-labelledby="about-method" className="mt-8 space-y-3 leading-relaxed">
        <h2 id="about-method" className="text-xl font-semibold">
          数字如何恢复
        </h2>
        <p>报告中每个带数量单位（%、万、亿、万亿、元、倍、个百分点、点）的数字都归入下列一类，并在正文中如此显示：</p>
        <ul className="list-disc space-y-2 pl-6">
          <li>
            <strong>规则确定</strong>：只看数字和单位就能确定，例如一位数不可能丢失小数点；首位保留的 0 决定小数点紧随其后 （“０５６”即
            0.56）；占比不能超过 100%；三位以上的整数“万亿元”不可能。
          </li>
          <li>
            <strong>文中关系确定</strong>：报告自己的数字相互印证，只有一种小数点位置能使关系成立时才算确定。例如各部分之和等于总数 （出口
            1.55 + 进口 0.56 = 2.11 万亿元），同一列举或表格同一列的占比合计为 100%，占比等于部分除以整体（可跨章节），
            总数的增速与各部分的数值和增速一致（各地区占比与增速须与全国增速一致），“个百分点”等于两个增速之差，排名列举从大到小，“由…降至…”前大后小。
            关系可以只确定其中一部分数字（例如增速确定而金额的量级仍不能确定）。点击这些数字可查看确定它的关系。
          </li>
          <li>
            <strong>人工核定</strong>：经核对的更正清单中的数字（清单随本版源代码发布），每条注明依据；
            清单中的条目若不再与原文对应，构建即失败，不会悄悄失效。
          </li>
          <li>
            <strong>推断</strong>：文中无法确证的数字，按本报告自身的惯例给出最可能的读法——由上面已确定的数字学得各类数字
            （增速、占比、万亿、亿元……）通常保留几位小数；同一列举中的数字位数一致；“左右、以上、超过”所修饰的末位为 0
            的数通常是整数。推断之后，再按文中关系调整，使推断的读法彼此一致。这类数字带有点线下划线，提示中给出原文数字
            和推断依据；打印时原文数字印在读法之后。
          </li>
        </ul>
        <p className="mt-3 leading-relaxed" id="report-a-number">
          发现数字读错了？
          {CORRECTIONS_URL ? (
            <>
              请
              <a href={CORRECTIONS_URL} className="text-[var(--link)] underline">
                报告一处数字
              </a>
              ，写明章节、段落链接（每段的 ¶）和您的依据。
            </>
          ) : (
            <>请把段落链接（每段的 ¶）、原文数字和您的依据告知本版的维护者；经核对后会列入更正清单。</>
          )}
        </p>
      </section>

      <section aria-labelledby="about-counts" className="mt-8">
        <h2 id="about-counts" className="text-xl font-semibold">
          统计
        </h2>
        <p className="mt-3 leading-relaxed">
          全书共 {total.total} 个可能丢失小数点的数字：确定 {settled} 个（规则 {total.counts.rule}、文中关系 {total.counts.relation}），
          核实 {total.counts.source + total.counts.argument} 个（引用来源 {total.counts.source}、文中论证 {total.counts.argument}）， 推断{' '}
          {total.counts.reviewed + total.counts.inferred} 个（其中经审校 {total.counts.reviewed} 个），推断的数字在正文中带点线标记。
        </p>
        <NumberCountsTable rows={rows} total={total} hrefOf={(slug) => `/chapters/${slug}`} />
        <p className="mt-4">
          <Link href="/about/numbers" className="icon-button">
            按章核对全部数字（推断 {total.counts.reviewed + total.counts.inferred} 个）
          </Link>
        </p>
        <p className="mt-3 text-sm text-[var(--fg-muted)]">如能从原报告或数据来源核实其中某个数字，欢迎提供依据，以便列入更正清单。</p>
      </section>
    </div>
  );
}
