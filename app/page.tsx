import Link from 'next/link';
import { loadChapters } from '@/lib/content/chapters-fs';
import { REPORT_PUBLISHER, REPORT_TITLE } from '@/lib/content/parts';

export default function HomePage() {
  const chapters = loadChapters();
  return (
    <div>
      <h1 className="text-3xl font-bold">{REPORT_TITLE}</h1>
      <p className="mt-2 text-zinc-600">{REPORT_PUBLISHER}</p>
      <ol className="mt-8 space-y-2">
        {chapters.map((c) => (
          <li key={c.meta.slug}>
            <Link href={`/chapters/${c.meta.slug}`} className="hover:underline">
              {c.body.match(/^# (.+)$/m)?.[1] ?? c.meta.title}
            </Link>
          </li>
        ))}
      </ol>
    </div>
  );
}
