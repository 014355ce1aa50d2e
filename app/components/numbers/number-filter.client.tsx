'use client';

import { useEffect, useState } from 'react';

interface Option {
  value: string;
  label: string;
}

/**
 * Narrows the number list of /about/numbers/<part> by class, unit and text. It hides rows of the
 * server-rendered table (`data-class`, `data-unit`, the row's text) instead of rendering its own copy, so
 * the page carries the list once and stays complete without JavaScript.
 */
export function NumberFilter({ classes, units }: { classes: Option[]; units: string[] }) {
  const [cls, setCls] = useState('');
  const [unit, setUnit] = useState('');
  const [text, setText] = useState('');
  const [shown, setShown] = useState<number | null>(null);

  useEffect(() => {
    const rows = document.querySelectorAll<HTMLTableRowElement>('table.number-list tbody tr');
    const needle = text.trim();
    let count = 0;
    for (const row of rows) {
      const match =
        (!cls ||
          row.dataset.class === cls ||
          (cls === 'marked' && ['reviewed', 'inferred', 'unsettled'].includes(row.dataset.class ?? ''))) &&
        (!unit || row.dataset.unit === unit) &&
        (!needle || (row.textContent ?? '').includes(needle));
      row.hidden = !match;
      if (match) count++;
    }
    setShown(count);
  }, [cls, unit, text]);

  return (
    <search className="mt-5 flex flex-wrap items-end gap-3 text-sm" aria-label="筛选数字">
      <FilterSelect label="方式" value={cls} onChange={setCls} options={[{ value: 'marked', label: '带标记的（推断）' }, ...classes]} />
      <FilterSelect label="单位" value={unit} onChange={setUnit} options={units.map((u) => ({ value: u, label: u }))} />
      <label className="flex min-w-40 flex-1 flex-col gap-1">
        文字
        <input
          type="search"
          className="min-h-9 rounded border border-[var(--border)] bg-[var(--bg)] px-2"
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder="如 快递、4383、审校"
        />
      </label>
      <p id="number-filter-count" className="w-full text-[var(--fg-muted)]" aria-live="polite">
        {shown === null ? '' : `显示 ${shown} 个`}
      </p>
    </search>
  );
}

/** One labelled select of the filter; the first option, 全部, clears it. */
function FilterSelect({
  label,
  value,
  onChange,
  options,
}: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  options: Option[];
}) {
  return (
    <label className="flex flex-col gap-1">
      {label}
      <select
        className="min-h-9 rounded border border-[var(--border)] bg-[var(--bg)] px-2"
        value={value}
        onChange={(e) => onChange(e.target.value)}
      >
        <option value="">全部</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}
