/**
 * Where guidekit's own outputs sit in the site, below the base path. The tree reserves these
 * paths (a page cannot take them) and the outputs write to them.
 */

/** The whole guide on one page, to print or save as PDF. */
export const PRINT_PATH = 'print/';
/** Each author's page: `authors/<id>/`. */
export const AUTHORS_PATH = 'authors/';
/** In a guide with versions: the alias of the latest version's pages, `latest/<path>`. */
export const LATEST_ALIAS_PATH = 'latest/';
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

/** The output file of a page at `path` (`''` for home, else ending in `/`). */
export function pageFile(path: string): string {
  return `${path}index.html`;
}

/**
 * Where a tree's pages and outputs sit below the base: `''`, `fr/` for a translation, `1.x/` for
 * an older version, `fr/1.x/` for a translation of one.
 */
export function variantPrefix(guide: { readonly locale?: { readonly prefix: string }; readonly version?: { readonly prefix: string } }): string {
  return (guide.locale?.prefix ?? '') + (guide.version?.prefix ?? '');
}
