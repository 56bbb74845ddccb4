import type { Guide } from '../tree/types.js';
import { renderRobots, renderSitemap } from './sitemap.js';

/**
 * Files of the site that are not pages: machine-readable outputs written beside the HTML.
 * A file the guide's `public/` folder already has is left to it.
 */
export function renderSiteFiles(guide: Guide): Map<string, string> {
  const files = new Map<string, string | undefined>([
    ['sitemap.xml', renderSitemap(guide)],
    ['robots.txt', renderRobots(guide)],
  ]);
  const own = new Set(guide.files.publicFiles);
  const out = new Map<string, string>();
  for (const [file, content] of files) if (content !== undefined && !own.has(file)) out.set(file, content);
  return out;
}
