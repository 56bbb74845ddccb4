import type { Guide } from '../model/guide.js';
import { LLMS_TXT, variantPrefix, ROBOTS_TXT, SITEMAP_XML } from '../model/site-paths.js';
import { renderLlmsTxt } from './llms-txt.js';
import { renderRobots, renderSitemap } from './sitemap.js';

/**
 * Small files of the site that are not pages: machine-readable outputs written beside the HTML
 * (`llms-full.txt`, which holds the whole guide, is written with the print page). A file the
 * guide's `public/` folder already has is left to it.
 */
export function renderSiteFiles(guide: Guide, publicFiles: readonly string[], guides: readonly Guide[] = [guide]): Map<string, string> {
  const files = new Map<string, string | undefined>([
    [SITEMAP_XML, renderSitemap(guide, guides)],
    [ROBOTS_TXT, renderRobots(guide)],
    [LLMS_TXT, renderLlmsTxt(guide)],
  ]);
  // With locales, each translation has its own `llms.txt` under its prefix.
  for (const other of guides) if (other !== guide) files.set(`${variantPrefix(other)}${LLMS_TXT}`, renderLlmsTxt(other));
  const own = new Set(publicFiles);
  const out = new Map<string, string>();
  for (const [file, content] of files) if (content !== undefined && !own.has(file)) out.set(file, content);
  return out;
}
