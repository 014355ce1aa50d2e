import type { MetadataRoute } from 'next';
import { loadOutline } from '@/lib/content/outline-fs';
import { loadFigureChapters } from './figures/figure-cards-view';
import { SITE_URL } from './site-url';

// Written once per build (the static export requires saying so).
export const dynamic = 'force-static';

export default function sitemap(): MetadataRoute.Sitemap {
  const parts = loadOutline().parts.map((p) => ({ url: `${SITE_URL}/chapters/${p.slug}`, priority: 0.8 }));
  const figures = loadFigureChapters().map((c) => ({ url: `${SITE_URL}/figures/${c.slug}`, priority: 0.5 }));
  return [
    { url: `${SITE_URL}/`, priority: 1 },
    ...parts,
    { url: `${SITE_URL}/figures`, priority: 0.6 },
    ...figures,
    { url: `${SITE_URL}/data`, priority: 0.6 },
  ];
}
