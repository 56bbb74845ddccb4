import type { RenderedMarkdown } from '../markdown/render-markdown.js';
import type { Guide, PageNode } from '../tree/types.js';
import { renderLlmsFullTxt } from './llms-full-txt.js';
import { renderLlmsTxt } from './llms-txt.js';
import { renderRobots, renderSitemap } from './sitemap.js';

/**
 * Files of the site that are not pages: machine-readable outputs written beside the HTML.
 * A file the guide's `public/` folder already has is left to it.
 */
export function renderSiteFiles(guide: Guide, bodies: Map<PageNode, RenderedMarkdown | undefined>): Map<string, string> {
  const files = new Map<string, string | undefined>([
    ['sitemap.xml', renderSitemap(guide)],
    ['robots.txt', renderRobots(guide)],
    ['llms.txt', renderLlmsTxt(guide)],
    ['llms-full.txt', renderLlmsFullTxt(guide, bodies)],
  ]);
  const own = new Set(guide.files.publicFiles);
  const out = new Map<string, string>();
  for (const [file, content] of files) if (content !== undefined && !own.has(file)) out.set(file, content);
  return out;
}
