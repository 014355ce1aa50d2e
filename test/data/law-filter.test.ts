import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractTables } from '@/lib/data/report-tables';
import { departmentOptions, lawRow, matchesLaw, monthOptions, NO_FILTER, splitDepartments } from '@/lib/data/law-filter';

// The generated appendix A, as the reader serves it.
const markdown = fs.readFileSync('content/chapters/appendix-a.md', 'utf8');
const [table] = extractTables('appendix-a', markdown);
const rows = table.rows.map((r) => lawRow(r.map((c) => c.text)));
const count = (f: Partial<typeof NO_FILTER>) => rows.filter((r) => matchesLaw(r, { ...NO_FILTER, ...f })).length;
// Independent truth: the Markdown table's own lines.
const lines = markdown.split('\n').filter((l) => /^\| .* \| 2022-\d\d-\d\d \|/.test(l));

describe('the appendix A filter', () => {
  it('shows all 119 laws with no filter', () => {
    expect(lines).toHaveLength(119);
    expect(count({})).toBe(119);
  });

  it('splits joint issuers and drops 等 so the lead department can be chosen', () => {
    expect(splitDepartments('财政部 税务总局')).toEqual(['财政部', '税务总局']);
    expect(splitDepartments('中共中央、国务院')).toEqual(['中共中央', '国务院']);
    expect(splitDepartments('商务部等')).toEqual(['商务部']);
  });

  it('narrows by month to the laws dated in that month', () => {
    const june = lines.filter((l) => l.includes('| 2022-06-')).length;
    expect(june).toBeGreaterThan(0);
    expect(count({ month: '6' })).toBe(june);
    expect(monthOptions(rows).reduce((n, m) => n + m.count, 0)).toBe(119);
  });

  it('narrows by department, counting joint issues for each issuer', () => {
    const commerce = lines.filter((l) => /^\| (?:[^|]*[\s、])?商务部(?:等)?[\s、|]/.test(l)).length;
    expect(commerce).toBeGreaterThanOrEqual(8);
    expect(count({ department: '商务部' })).toBe(commerce);
    expect(departmentOptions(rows)[0]).toEqual({ department: '国务院', count: 16 });
  });

  it('matches text in any column, full-width or half-width alike, and combines with the other filters', () => {
    expect(count({ text: '反垄断' })).toBe(lines.filter((l) => l.includes('反垄断')).length);
    expect(count({ text: '主席令第１１６号' })).toBe(1);
    expect(count({ text: '反垄断', month: '1' })).toBe(lines.filter((l) => l.includes('反垄断') && l.includes('| 2022-01-')).length);
    expect(count({ text: '没有这样的法规' })).toBe(0);
  });
});
