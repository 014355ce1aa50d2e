import type { MetadataRoute } from 'next';
import { REPORT_TITLE } from '@/lib/content/parts';

// Written once per build; the icons are drawn from app/icon.svg by `npm run icons` (public/icons/).
export const dynamic = 'force-static';

const base = process.env.BASE_PATH ?? '';

/** Makes the reader installable: its own window, the report's colours, start at the table of contents. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: REPORT_TITLE,
    short_name: '电商报告2022',
    description: '《中国电子商务报告2022》在线阅读：按章节阅读、全文检索，打开一次即可离线阅读。',
    lang: 'zh-CN',
    start_url: `${base}/`,
    scope: `${base}/`,
    display: 'standalone',
    background_color: '#fdfcfa',
    theme_color: '#9b2c1f',
    icons: [
      { src: `${base}/icons/icon-192.png`, sizes: '192x192', type: 'image/png' },
      { src: `${base}/icons/icon-512.png`, sizes: '512x512', type: 'image/png' },
      { src: `${base}/icons/maskable-512.png`, sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      { src: `${base}/icon.svg`, sizes: 'any', type: 'image/svg+xml' },
    ],
  };
}
