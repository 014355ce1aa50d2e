import { notFound } from 'next/navigation';
import { findChapter, loadChapters } from '@/lib/content/chapters-fs';
import { renderMarkdown } from '@/lib/markdown/render';

export const dynamicParams = false;

export function generateStaticParams() {
  return loadChapters().map((c) => ({ slug: c.meta.slug }));
}

export default async function ChapterPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const chapter = findChapter(slug);
  if (!chapter) notFound();
  return <article className="prose prose-zinc max-w-none" dangerouslySetInnerHTML={{ __html: renderMarkdown(chapter.body) }} />;
}
