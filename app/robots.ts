import type { MetadataRoute } from 'next';
import { SITE_URL } from './site-url';

// Written once per build (the static export requires saying so).
export const dynamic = 'force-static';

export default function robots(): MetadataRoute.Robots {
  return { rules: [{ userAgent: '*', allow: '/' }], sitemap: `${SITE_URL}/sitemap.xml` };
}
