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
/** Generated social cards (config `socialCards`): `_cards/<page path>card.png`. */
export const SOCIAL_CARDS_PATH = '_cards/';
export const SITEMAP_XML = 'sitemap.xml';
export const ROBOTS_TXT = 'robots.txt';

/** The output file of a page at `path` (`''` for home, else ending in `/`). */
export function pageFile(path: string): string {
  return `${path}index.html`;
}

/** The social card of the page at `path`. */
export function socialCardFile(path: string): string {
  return `${SOCIAL_CARDS_PATH}${path}card.png`;
}

/** Where a locale's pages and outputs sit below the base: `''`, or `fr/` for a translation. */
export function localePrefix(guide: { readonly locale?: { readonly prefix: string } }): string {
  return guide.locale?.prefix ?? '';
}
