import type { Candidate } from './candidates';
import { halfUlp } from './candidates';
import type { Item, Relation } from './relation';

/**
 * A table column of shares (表1-1 网络零售额占比) adds up to 100. Tables print every cell of a column
 * with the same number of decimals, so the column is solved for one decimal count shared by all its
 * cells still open (cells the rules already fixed, like 0.03, keep their reading). A column with a
 * negative cell is a growth column, never a share column.
 */

function columns(items: readonly Item[]): Item[][] {
  const groups = new Map<string, Item[]>();
  for (const item of items) {
    const t = item.token.table;
    if (!t || item.token.unit !== '%') continue;
    const key = `${item.token.part}:${t.id}:${t.column}`;
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return [...groups.values()].filter((g) => g.length >= 3 && g.every((i) => !i.token.raw.startsWith('-')));
}

export function tableColumnRelations(items: readonly Item[]): Relation[] {
  return columns(items).map((column) => {
    const members = column.map((i) => i.index);
    return {
      kind: 'table-column' as const,
      shape: 'predicate' as const,
      members,
      uniformDecimals: true,
      holds: (values: Candidate[]) => {
        const sum = values.reduce((s, v) => s + v.value, 0);
        const tolerance = values.reduce((s, v) => s + halfUlp(v), 0);
        return Math.abs(sum - 100) <= tolerance + 1e-9;
      },
      describe: (values: Candidate[]) => {
        const sum = values.reduce((s, v) => s + v.value, 0);
        const t = column[0].token.table!;
        return `${t.id.replace(/^tbl-/, '表')}同一列的各项占比合计应为100%；该列各数按同一小数位数读取，只有这种读法合计为100%（合计${sum.toFixed(2)}%）`;
      },
    };
  });
}
