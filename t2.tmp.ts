import { loadChapters, CHAPTERS_DIR } from '@/lib/content/chapters-fs';
import { minePairs } from '@/lib/search/equivalences';
const ch = loadChapters(CHAPTERS_DIR);
for (const p of minePairs(ch.map((c) => ({ slug: c.meta.slug, text: c.body })))) console.log(p.short, '←', p.full, '|', p.chapter, '|', p.context.replace(/\n/g,' '));
