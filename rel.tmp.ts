import fs from 'node:fs';
import { getSearchIndex } from '@/lib/search/artifact-fs';
import { grades, ndcgAt, precisionAt, type Judgement } from '@/lib/search/metrics';
import { search } from '@/lib/search/search';
const index = getSearchIndex();
const judged = (JSON.parse(fs.readFileSync('test/search/relevance.json', 'utf8')) as { queries: Judgement[] }).queries;
let p3 = 0, n5 = 0;
for (const j of judged) {
  const ranked = search(index, j.q).results.map((r) => r.anchor);
  const p = precisionAt(ranked, grades(j), 3), n = ndcgAt(ranked, grades(j), 5);
  p3 += p; n5 += n;
  if (process.argv[2] || n < 0.7) console.log(j.q.padEnd(14), p.toFixed(2), n.toFixed(2), ranked.slice(0, 5).map((a) => (grades(j).get(a) ? `*${a}` : a)).join(' '), '| want', j.want.join(','));
}
console.log('P@3', (p3 / judged.length).toFixed(4), 'nDCG@5', (n5 / judged.length).toFixed(4));
let ceiling = 0;
for (const j of judged) { const n = search(index, j.q).results.filter((r) => grades(j).has(r.anchor)).length; ceiling += Math.min(3, n) / 3; }
console.log('P@3 ceiling (judged relevant units that match)', (ceiling / judged.length).toFixed(4));
