import type { MetadataRoute } from 'next';
import { loadOutline } from '@/lib/content/outline-fs';
import { SITE_URL } from './site-url';

// Written once per build (the static export requires saying so).
export const dynamic = 'force-static';

export default function sitemap(): MetadataRoute.Sitemap {
  const parts = loadOutline().parts.map((p) => ({ url: `${SITE_URL}/chapters/${p.slug}`, priority: 0.8 }));
  return [{ url: `${SITE_URL}/`, priority: 1 }, { url: `${SITE_URL}/figures`, priority: 0.6 }, ...parts];
}
