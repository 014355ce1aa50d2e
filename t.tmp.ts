import { getSearchIndex } from '@/lib/search/artifact-fs';
const index = getSearchIndex();
const qs = process.argv.slice(2);
for (const q of qs) {
  const forms = q.split('|');
  const rows = index.docs.map((d) => { let n = 0; for (const f of forms) { let at = d.norm.indexOf(f); while (at !== -1) { n++; at = d.norm.indexOf(f, at + f.length); } } return { d, n }; }).filter((r) => r.n > 0).sort((a, b) => b.n - a.n);
  console.log(`## ${q}: ${rows.length} units`);
  for (const r of rows.slice(0, 9)) console.log(`  ${r.n}  ${r.d.anchor} ${r.d.kind} ${r.d.number} ${r.d.title.slice(0, 30)} (${r.d.norm.length})`);
}
