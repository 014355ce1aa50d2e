import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { loadFigureChapters } from '../figure-cards-view';
import { FigureFilter, FigureGrid, FiguresIntro } from '../figure-grid';
import '@/app/styles/data.css';

export const dynamicParams = false;

type Props = { params: Promise<{ chapter: string }> };

export function generateStaticParams() {
  return loadFigureChapters().map((c) => ({ chapter: c.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { chapter: slug } = await params;
  const chapter = loadFigureChapters().find((c) => c.slug === slug);
  if (!chapter) return {};
  return {
    title: `${chapter.heading} · 图`,
    description: `《中国电子商务报告2022》${chapter.heading}的${chapter.cards.length}幅图：图题、数据来源、正文所述与图示。`,
    alternates: { canonical: `/figures/${chapter.slug}` },
  };
}

export default async function ChapterFiguresPage({ params }: Props) {
  const { chapter: slug } = await params;
  const chapters = loadFigureChapters();
  const chapter = chapters.find((c) => c.slug === slug);
  if (!chapter) notFound();
  return (
    <div className="page-wide">
      <h1 className="text-3xl font-bold">图表索引 · {chapter.short}</h1>
      <FiguresIntro />
      <FigureFilter chapters={chapters} current={chapter.slug} />
      <FigureGrid chapters={[chapter]} />
    </div>
  );
}
