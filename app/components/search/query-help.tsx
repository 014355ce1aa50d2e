import { MAX_QUERY_BYTES, MAX_QUERY_LENGTH } from '@/lib/search/limits';

/**
 * How to write a query (lib/search/parse-query.ts is the one place that reads it). Shown on /search
 * and folded into the header box's panel; a <details> needs no JavaScript.
 */
export function QueryHelp({ compact = false }: { compact?: boolean }) {
  const rules: [string, string][] = [
    ['跨境电商 海外仓', '空格、“，”或“、”分隔多个词，结果须包含每个词'],
    ['“数商兴农”', '引号内为整句，按原样精确查找（“”「」『』" 均可），不扩展简称和同义词'],
    ['电子商务 -跨境', '词前加减号：排除包含该词的结果'],
    ['電子商務', '繁体字自动按简体查找；全角、半角与大小写不区分'],
    ['电商', '自动同时查找报告中的全称、简称和同义写法（如 电子商务），结果注明“也匹配”'],
  ];
  return (
    <details className={compact ? 'px-2 pb-1 text-xs text-[var(--fg-muted)]' : 'mb-4 text-sm text-[var(--fg-muted)]'} data-query-help>
      <summary className="cursor-pointer select-none">搜索语法</summary>
      <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5">
        {rules.map(([example, meaning]) => (
          <div key={example} className="contents">
            <dt>
              <code>{example}</code>
            </dt>
            <dd>{meaning}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-1">
        查询最长 {MAX_QUERY_BYTES} 字节（约 {MAX_QUERY_LENGTH} 个汉字），超出部分截断并提示。
      </p>
    </details>
  );
}
