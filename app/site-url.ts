/** The public origin for absolute URLs (sitemap, Open Graph, copied links in print). Set SITE_URL when deploying. */
export const SITE_URL = (process.env.SITE_URL || 'http://localhost:3000').replace(/\/$/, '');
