'use client';

import { useEffect, useMemo, useState } from 'react';
import { createPortal } from 'react-dom';
import { departmentOptions, type LawFilter, type LawRow, lawRow, matchesLaw, monthOptions, NO_FILTER } from '@/lib/data/law-filter';

interface Row {
  element: HTMLTableRowElement;
  law: LawRow;
}

/**
 * Appendix A's filter by department, month and text. The full table is in the HTML (it is complete
 * without JavaScript); this island reads its rows, hides those that do not match, and draws its form in
 * the empty slot the renderer leaves above the table (`#<table id>-filter`, lib/markdown/rehype-report-blocks.ts).
 */
export function LawTableFilter({ tableId }: { tableId: string }) {
  const [slot, setSlot] = useState<HTMLElement | null>(null);
  const [rows, setRows] = useState<Row[]>([]);
  const [filter, setFilter] = useState<LawFilter>(NO_FILTER);

  useEffect(() => {
    const trs = document.querySelectorAll<HTMLTableRowElement>(`#${tableId} tbody tr`);
    setRows([...trs].map((element) => ({ element, law: lawRow([...element.cells].map((c) => c.textContent ?? '')) })));
    setSlot(document.getElementById(`${tableId}-filter`));
  }, [tableId]);

  const matching = useMemo(() => new Set(rows.filter((r) => matchesLaw(r.law, filter)).map((r) => r.element)), [rows, filter]);
  useEffect(() => {
    for (const r of rows) r.element.hidden = !matching.has(r.element);
  }, [rows, matching]);

  const laws = useMemo(() => rows.map((r) => r.law), [rows]);
  const departments = useMemo(() => departmentOptions(laws), [laws]);
  const months = useMemo(() => monthOptions(laws), [laws]);
  if (!slot || rows.length === 0) return null;
  const set = (patch: Partial<LawFilter>) => setFilter((f) => ({ ...f, ...patch }));
  const filtered = filter.department !== '' || filter.month !== '' || filter.text.trim() !== '';

  return createPortal(
    <search className="law-filter" aria-label="筛选法规政策">
      <label>
        <span>发文部门</span>
        <select value={filter.department} onChange={(e) => set({ department: e.target.value })}>
          <option value="">全部</option>
          {departments.map((d) => (
            <option key={d.department} value={d.department}>
              {d.department}（{d.count}）
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>发布月份</span>
        <select value={filter.month} onChange={(e) => set({ month: e.target.value })}>
          <option value="">全部</option>
          {months.map((m) => (
            <option key={m.month} value={String(m.month)}>
              2022年{m.month}月（{m.count}）
            </option>
          ))}
        </select>
      </label>
      <label className="law-filter-text">
        <span>文字</span>
        <input type="search" value={filter.text} onChange={(e) => set({ text: e.target.value })} placeholder="如 反垄断、主席令、快递" />
      </label>
      <p className="law-filter-count" aria-live="polite">
        显示 {matching.size} / {rows.length} 条
        {filtered ? (
          <button type="button" className="law-filter-clear" onClick={() => setFilter(NO_FILTER)}>
            清除筛选
          </button>
        ) : null}
      </p>
      {matching.size === 0 ? <p className="law-filter-empty">没有符合条件的法规政策。</p> : null}
    </search>,
    slot,
  );
}
