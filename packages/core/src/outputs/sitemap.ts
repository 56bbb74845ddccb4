import type { Guide, PageNode } from '../model/guide.js';
import { SITEMAP_XML } from '../model/site-paths.js';
import { escapeMarkup } from '../support/escape-markup.js';

/**
 * `sitemap.xml`: every content and author page, by full URL (needs `siteUrl`), with `lastmod` where a
 * page says when it was updated. With locales, every locale's pages, each with `hreflang`
 * alternates for the locales that translate it; a page shown untranslated is left out (its
 * canonical URL is the default locale's).
 */
export function renderSitemap(guide: Guide, guides: readonly Guide[] = [guide]): string | undefined {
  const { siteUrl } = guide;
  if (!siteUrl) return undefined;
  const href = (p: string) => escapeMarkup(new URL(encodeURI(p), siteUrl).href);
  if (!guide.locale) {
    const urls = [
      ...guide.pages.map((page) => entry(href(page.path), [], lastModified(page.updated))),
      ...[...guide.authors.values()].map((author) => entry(href(author.path), [])),
    ];
    return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
  }
  const byLocaleId = guides.map((g) => new Map(g.pages.map((n) => [n.localeId, n])));
  const urls: string[] = [];
  for (const g of guides) {
    for (const node of g.pages) {
      if (node.untranslated) continue;
      const versions = guides.flatMap((other, i): [string, PageNode][] => {
        const same = byLocaleId[i]!.get(node.localeId);
        return same && !same.untranslated ? [[other.locale!.lang, same]] : [];
      });
      const alternates = versions.map(([lang, same]): [string, string] => [lang, href(same.path)]);
      urls.push(entry(href(node.path), alternates, lastModified(node.updated)));
    }
    for (const author of g.authors.values()) {
      const below = author.path.slice(g.locale!.prefix.length);
      urls.push(entry(href(author.path), guides.map((other) => [other.locale!.lang, href(other.locale!.prefix + below)])));
    }
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`;
}

/** One `<url>`: its location, its `lastmod`, and its alternates when there are two or more. */
function entry(loc: string, alternates: [string, string][], updated?: string): string {
  const lastmod = updated ? `<lastmod>${updated}</lastmod>` : '';
  if (alternates.length < 2) return `  <url><loc>${loc}</loc>${lastmod}</url>`;
  const links = alternates.map(([lang, url]) => `\n    <xhtml:link rel="alternate" hreflang="${escapeMarkup(lang)}" href="${url}"/>`);
  return `  <url><loc>${loc}</loc>${lastmod}${links.join('')}\n  </url>`;
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
