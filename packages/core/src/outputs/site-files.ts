import type { Guide } from '../model/guide.js';
import { LLMS_TXT, ROBOTS_TXT, SITEMAP_XML } from '../model/site-paths.js';
import { renderLlmsTxt } from './llms-txt.js';
import { renderRobots, renderSitemap } from './sitemap.js';

/**
 * Small files of the site that are not pages: machine-readable outputs written beside the HTML
 * (`llms-full.txt`, which holds the whole guide, is written with the print page). A file the
 * guide's `public/` folder already has is left to it.
 */
export function renderSiteFiles(guide: Guide, publicFiles: readonly string[]): Map<string, string> {
  const files = new Map<string, string | undefined>([
    [SITEMAP_XML, renderSitemap(guide)],
    [ROBOTS_TXT, renderRobots(guide)],
    [LLMS_TXT, renderLlmsTxt(guide)],
  ]);
  const own = new Set(publicFiles);
  const out = new Map<string, string>();
  for (const [file, content] of files) if (content !== undefined && !own.has(file)) out.set(file, content);
  return out;
}
