import Link from 'next/link';

/**
 * Says once, above the text, what the dotted underlines mean: readers cite numbers, and a mark whose
 * meaning is only in a tooltip would be missed.
 */
export function NumLegend() {
  return (
    <p className="num-legend">
      带
      <abbr className="num-mark" data-status="inferred" title="小数点位置系推断">
        点线
      </abbr>
      或
      <abbr className="num-mark" data-status="unsettled" title="小数点位置未定">
        虚线
      </abbr>
      {'下划线的数字：原文提取时丢失了小数点，其位置系推断或尚未确定；悬停、聚焦或点按可查看原文数字。'}
      <Link href="/about">了解方法</Link>
    </p>
  );
}
