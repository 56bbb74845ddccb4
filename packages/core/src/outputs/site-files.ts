import type { Guide } from '../tree/types.js';
import { renderLlmsTxt } from './llms-txt.js';
import { renderRobots, renderSitemap } from './sitemap.js';

/**
 * Small files of the site that are not pages: machine-readable outputs written beside the HTML
 * (`llms-full.txt`, which holds the whole guide, is written with the print page). A file the
 * guide's `public/` folder already has is left to it.
 */
export function renderSiteFiles(guide: Guide): Map<string, string> {
  const files = new Map<string, string | undefined>([
    ['sitemap.xml', renderSitemap(guide)],
    ['robots.txt', renderRobots(guide)],
    ['llms.txt', renderLlmsTxt(guide)],
  ]);
  const own = new Set(guide.files.publicFiles);
  const out = new Map<string, string>();
  for (const [file, content] of files) if (content !== undefined && !own.has(file)) out.set(file, content);
  return out;
}
