import type { Guide } from '../model/guide.js';
import { SITEMAP_XML } from '../model/site-paths.js';

/** `sitemap.xml`: every content and author page, by full URL (needs `siteUrl`), with `lastmod` where a page says when it was updated. */
export function renderSitemap(guide: Guide): string | undefined {
  const { siteUrl } = guide;
  if (!siteUrl) return undefined;
  const entry = (path: string, updated?: string) =>
    `  <url><loc>${escapeXml(new URL(encodeURI(path), siteUrl).href)}</loc>${updated ? `<lastmod>${updated}</lastmod>` : ''}</url>`;
  const urls = [
    ...guide.pages.map((page) => entry(page.path, lastModified(page.frontMatter.updated))),
    ...[...guide.authors.values()].map((author) => entry(author.path)),
  ];
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}

/** Front matter `updated` as a sitemap date (`2026-03-01`, or a full ISO time), when it is one. */
function lastModified(updated: unknown): string | undefined {
  if (updated instanceof Date) return Number.isNaN(updated.getTime()) ? undefined : updated.toISOString().slice(0, 10);
  if (typeof updated !== 'string' || !/^\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:\d{2}))?$/.test(updated.trim())) return undefined;
  return Number.isNaN(Date.parse(updated)) ? undefined : updated.trim();
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
