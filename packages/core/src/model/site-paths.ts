import { slugify } from './parse-name.js';

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
/** The search index of a portable build, a script (below each locale's prefix). */
export const PORTABLE_SEARCH_INDEX = 'search-index.js';
/** The whole output folder as one file, when asked for (`zip`). */
export const GUIDE_ZIP = 'guide.zip';
/** llmstxt.org: the guide's outline, and the whole guide as markdown. */
export const LLMS_TXT = 'llms.txt';
export const LLMS_FULL_TXT = 'llms-full.txt';
/** Generated social cards (config `socialCards`): `_cards/<page path>card.png`. */
export const SOCIAL_CARDS_PATH = '_cards/';
export const SITEMAP_XML = 'sitemap.xml';
export const ROBOTS_TXT = 'robots.txt';
/** Redirects of pages that moved: for Netlify and Cloudflare Pages, and an nginx `map`. */
export const REDIRECTS_FILE = '_redirects';
export const NGINX_MAP = 'nginx-redirects.conf';
/** The pages a build published and the redirects it wrote, read by the next build. */
export const URL_MANIFEST = 'guidekit-urls.json';

/** The EPUB edition, named after the guide: `the-product-management-guide.epub` (`fr/…` for a translation). */
export function epubFile(guide: { readonly title: string; readonly locale?: { readonly prefix: string } }): string {
  return `${variantPrefix(guide)}${slugify(guide.title)}.epub`;
}

/** The output file of a page at `path` (`''` for home, else ending in `/`). */
export function pageFile(path: string): string {
  return `${path}index.html`;
}

/** The social card of the page at `path`. */
export function socialCardFile(path: string): string {
  return `${SOCIAL_CARDS_PATH}${path}card.png`;
}

/**
 * Where a tree's pages and outputs sit below the base: `''`, `fr/` for a translation, `1.x/` for
 * an older version, `fr/1.x/` for a translation of one.
 */
export function variantPrefix(guide: { readonly locale?: { readonly prefix: string }; readonly version?: { readonly prefix: string } }): string {
  return (guide.locale?.prefix ?? '') + (guide.version?.prefix ?? '');
}
