import { NGINX_MAP } from '../model/site-paths.js';
import { escapeMarkup } from '../support/escape-markup.js';

/**
 * Redirects for pages that moved. Each build records the pages it published (`UrlManifest`);
 * a later build that no longer has one of those paths sends it to where its page went: the same
 * source file (its slug changed), a file with the same bytes (moved or renamed), the file git
 * says it was renamed to, or a page that names it in front matter `redirect_from`; else to the
 * nearest page above it that is still there (its chapter, at worst the home page). Paths are
 * below the base path: `''` for the home page, else ending in `/`.
 */

/** What a build published: each page's path, the file it came from and a hash of its bytes, and the redirects it wrote. */
export interface UrlManifest {
  pages: Record<string, { file?: string; hash?: string }>;
  /** Old path → the path it leads to. */
  redirects: Record<string, string>;
}

/** True when two manifests record the same pages and redirects (both are built in a stable order). */
export function sameManifest(a: UrlManifest | undefined, b: UrlManifest | undefined): boolean {
  return a === b || (a !== undefined && b !== undefined && JSON.stringify(a) === JSON.stringify(b));
}

/** What a build publishes now, and what else it knows of where pages went. */
export interface RedirectInput {
  /** The page at each path now. */
  pages: Map<string, { file?: string; hash?: string }>;
  /** Paths pages claim with `redirect_from`, and their own path. */
  claimed: Map<string, string>;
  /** Old file → the file it was renamed to (read on first use: it asks git). */
  renames: () => Map<string, string>;
  /** True for a path the site has something else at (an author page, a file of `public/`): never redirected. */
  taken: (path: string) => boolean;
}

/** Old path → new path, for every path the previous build published (or redirected) that has no page now, and every `redirect_from`. */
export function planRedirects(previous: UrlManifest | undefined, input: RedirectInput): Map<string, string> {
  const byFile = new Map<string, string>();
  const byHash = new Map<string, string | null>();
  for (const [pagePath, { file, hash }] of input.pages) {
    if (file) byFile.set(file, pagePath);
    // Two pages of the same bytes say nothing about which one a page became.
    if (hash) byHash.set(hash, byHash.has(hash) ? null : pagePath);
  }
  const resolving = new Set<string>();
  const resolve = (old: string): string => {
    if (input.pages.has(old)) return old;
    const claimed = input.claimed.get(old);
    if (claimed !== undefined) return claimed;
    if (resolving.has(old)) return parentOf(old, resolve);
    resolving.add(old);
    const was = previous?.pages[old];
    const moved =
      (was?.file && byFile.get(was.file)) ??
      (was?.hash && byHash.get(was.hash)) ??
      (was?.file && followRenames(was.file, input.renames(), byFile)) ??
      (previous?.redirects[old] !== undefined ? resolve(previous.redirects[old]) : undefined);
    resolving.delete(old);
    return moved ?? parentOf(old, resolve);
  };
  const redirects = new Map<string, string>();
  const olds = [...Object.keys(previous?.pages ?? {}), ...Object.keys(previous?.redirects ?? {}), ...input.claimed.keys()];
  for (const old of olds) {
    if (input.pages.has(old) || input.taken(old) || redirects.has(old)) continue;
    const target = resolve(old);
    if (target !== old) redirects.set(old, target);
  }
  return new Map([...redirects].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** The path above `old` (`a/b/` → `a/`), resolved; the home page has none above it. */
function parentOf(old: string, resolve: (old: string) => string): string {
  const trimmed = old.replace(/[^/]*\/?$/, '');
  return old === '' ? '' : resolve(trimmed);
}

/** The page of the file `file` was last renamed to, following renames of renames. */
function followRenames(file: string, renames: Map<string, string>, byFile: Map<string, string>): string | undefined {
  let current = file;
  for (let step = 0; step < 50; step++) {
    const next = renames.get(current);
    if (next === undefined) return undefined;
    const found = byFile.get(next);
    if (found !== undefined) return found;
    current = next;
  }
  return undefined;
}

/** Texts of a redirect page, in its language. */
export interface RedirectTexts {
  lang: string;
  title: string;
  text: string;
}

/**
 * The page left at an old path: it refreshes to the new URL at once, names it canonical (so
 * search engines move the old URL's standing to it) and links to it for a reader whose browser
 * does not refresh.
 */
export function renderRedirectPage(url: string, canonical: string, texts: RedirectTexts): string {
  const href = escapeMarkup(url);
  return `<!doctype html>
<html lang="${escapeMarkup(texts.lang)}">
<head>
<meta charset="utf-8">
<title>${escapeMarkup(texts.title)}</title>
<meta name="robots" content="noindex">
<link rel="canonical" href="${escapeMarkup(canonical)}">
<meta http-equiv="refresh" content="0; url=${href}">
</head>
<body>
<p>${escapeMarkup(texts.text)} <a href="${href}">${href}</a></p>
</body>
</html>
`;
}

/** `_redirects` (Netlify, Cloudflare Pages): `from to 301`, one a line, URLs with the base path. */
export function renderRedirectsFile(redirects: Map<string, string>, base: string): string {
  return [...redirects].map(([from, to]) => `${encodeURI(base + from)} ${encodeURI(base + to)} 301\n`).join('');
}

/** Entries of an nginx `map` from old URIs to new ones, with how to use them. */
export function renderNginxMap(redirects: Map<string, string>, base: string): string {
  const head = [
    '# Pages of this guide that moved, and where to. In the http block:',
    `#   map $uri $guidekit_redirect { include ${NGINX_MAP}; }`,
    '# and in the server block:',
    '#   if ($guidekit_redirect) { return 301 $guidekit_redirect; }',
  ];
  // nginx compares the decoded URI: the entries are written as they are, quoted.
  return `${[...head, ...[...redirects].map(([from, to]) => `"${base + from}" "${base + to}";`)].join('\n')}\n`;
}
