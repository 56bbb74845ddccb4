import { slugify } from './parse-name.js';

/**
 * Where guidekit's own outputs sit in the site, below the base path. The tree reserves these
 * paths (a page cannot take them) and the outputs write to them.
 */

/** The whole guide on one page, to print or save as PDF. */
export const PRINT_PATH = 'print/';
/** Each author's page: `authors/<id>/`. */
export const AUTHORS_PATH = 'authors/';
/** The page a static host serves for an unknown URL. */
export const NOT_FOUND_FILE = '404.html';
/** The theme's stylesheets, scripts and images. */
export const THEME_ASSETS_PATH = '_assets/';
/** The search index. */
export const SEARCH_INDEX_PATH = 'pagefind/';
/** llmstxt.org: the guide's outline, and the whole guide as markdown. */
export const LLMS_TXT = 'llms.txt';
export const LLMS_FULL_TXT = 'llms-full.txt';
export const SITEMAP_XML = 'sitemap.xml';
export const ROBOTS_TXT = 'robots.txt';

/** The EPUB edition, named after the guide: `the-product-management-guide.epub` (`fr/…` for a translation). */
export function epubFile(guide: { readonly title: string; readonly locale?: { readonly prefix: string } }): string {
  return `${localePrefix(guide)}${slugify(guide.title)}.epub`;
}

/** The output file of a page at `path` (`''` for home, else ending in `/`). */
export function pageFile(path: string): string {
  return `${path}index.html`;
}

/** Where a locale's pages and outputs sit below the base: `''`, or `fr/` for a translation. */
export function localePrefix(guide: { readonly locale?: { readonly prefix: string } }): string {
  return guide.locale?.prefix ?? '';
}
