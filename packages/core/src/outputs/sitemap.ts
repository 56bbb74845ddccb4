import type { Guide, PageNode } from '../model/guide.js';
import { SITEMAP_XML } from '../model/site-paths.js';

/**
 * `sitemap.xml`: every content and author page, by full URL (needs `siteUrl`). With locales, every
 * locale's pages, each with `hreflang` alternates for the locales that translate it; a page shown
 * untranslated is left out (its canonical URL is the default locale's).
 */
export function renderSitemap(guide: Guide, guides: readonly Guide[] = [guide]): string | undefined {
  const { siteUrl } = guide;
  if (!siteUrl) return undefined;
  const href = (p: string) => escapeXml(new URL(encodeURI(p), siteUrl).href);
  if (!guide.locale) {
    const paths = [...guide.pages.map((p) => p.path), ...[...guide.authors.values()].map((a) => a.path)];
    const urls = paths.map((p) => `  <url><loc>${href(p)}</loc></url>`);
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
      urls.push(entry(href(node.path), versions.map(([lang, same]) => [lang, href(same.path)])));
    }
    for (const author of g.authors.values()) {
      const below = author.path.slice(g.locale!.prefix.length);
      urls.push(entry(href(author.path), guides.map((other) => [other.locale!.lang, href(other.locale!.prefix + below)])));
    }
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`;
}

function entry(loc: string, alternates: [string, string][]): string {
  if (alternates.length < 2) return `  <url><loc>${loc}</loc></url>`;
  const links = alternates.map(([lang, url]) => `\n    <xhtml:link rel="alternate" hreflang="${escapeXml(lang)}" href="${url}"/>`);
  return `  <url><loc>${loc}</loc>${links.join('')}\n  </url>`;
}

/** `robots.txt` allowing everything and naming the sitemap (needs `siteUrl`). */
export function renderRobots(guide: Guide): string | undefined {
  const { siteUrl } = guide;
  if (!siteUrl) return undefined;
  return `User-agent: *\nAllow: /\n\nSitemap: ${new URL(SITEMAP_XML, siteUrl).href}\n`;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
