import type { Guide } from '../model/guide.js';
import { SITEMAP_XML } from '../model/site-paths.js';

/** `sitemap.xml`: every content and author page, by full URL (needs `siteUrl`). */
export function renderSitemap(guide: Guide): string | undefined {
  const { siteUrl } = guide;
  if (!siteUrl) return undefined;
  const paths = [...guide.pages.map((p) => p.path), ...[...guide.authors.values()].map((a) => a.path)];
  const urls = paths.map((p) => `  <url><loc>${escapeXml(new URL(encodeURI(p), siteUrl).href)}</loc></url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}

/** `robots.txt` allowing everything and naming the sitemap (needs `siteUrl`). */
export function renderRobots(guide: Guide): string | undefined {
  const { siteUrl } = guide;
  if (!siteUrl) return undefined;
  return `User-agent: *\nAllow: /\n\nSitemap: ${new URL(SITEMAP_XML, siteUrl).href}\n`;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
