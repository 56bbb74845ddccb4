/**
 * The base path of a portable build. Every URL of the site is made under a base path, as for a
 * site served at `/`; a portable build makes them under this root instead, which no real URL has,
 * and each output file has its URLs under the root resolved relative to itself when it is written
 * (`resolvePortableUrls`). Everything that makes URLs (tree, navigation, templates, a theme's own
 * `{{ site.root }}print/`) works unchanged, and the sidebar a build renders once serves every page.
 */
export const PORTABLE_ROOT = '/.guidekit-portable-root./';

/** True when URLs under `base` are made relative to each file (a portable build). */
export function isPortableBase(base: string): boolean {
  return base === PORTABLE_ROOT;
}

/** A URL under the portable root, up to what ends it in HTML, JSON, XML or markdown: a quote, space, `<`, `>`, `)`, a query or a fragment. */
const URL_UNDER_ROOT = new RegExp(`${PORTABLE_ROOT.replace(/[.]/g, '\\.')}([^"'\\s<>)#?\\\\]*)`, 'g');

/**
 * `text` (an output file at `file`, `/`-separated below the output folder) with each URL under the
 * portable root made relative to the file; a URL that names a folder names its `index.html`, which
 * a browser reading from disk does not look for: `/root/a/` seen from `b/c/index.html` is
 * `../../a/index.html`.
 */
export function resolvePortableUrls(text: string, file: string): string {
  if (!text.includes(PORTABLE_ROOT)) return text;
  const up = '../'.repeat(file.split('/').length - 1);
  return text.replace(URL_UNDER_ROOT, (_whole, below: string) => up + (below === '' || below.endsWith('/') ? `${below}index.html` : below));
}
