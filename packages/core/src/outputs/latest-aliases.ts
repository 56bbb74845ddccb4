import type { Guide } from '../model/guide.js';
import { LATEST_ALIAS_PATH, pageFile, variantPrefix } from '../model/site-paths.js';
import { escapeMarkup } from '../support/escape-markup.js';
import { guideUrl } from './guide-url.js';

/**
 * The `latest/` alias of the latest version's pages, for links that always mean "the newest
 * version of this page": `/latest/intro/` (`/fr/latest/intro/`) sends the reader to `/intro/`.
 * Each is a small page that redirects (keeping the `#anchor`), is not indexed, and names the page
 * as canonical. By output file.
 */
export function renderLatestAliases(guide: Guide): Map<string, string> {
  const prefix = variantPrefix(guide);
  const aliases = new Map<string, string>();
  const targets = [...guide.pages.map((n) => ({ path: n.path, url: n.url, title: n.title })), ...[...guide.authors.values()].map((a) => ({ path: a.path, url: a.url, title: a.name }))];
  for (const { path, url, title } of targets) {
    const file = pageFile(prefix + LATEST_ALIAS_PATH + path.slice(prefix.length));
    aliases.set(file, redirectPage(guide.lang, url, guideUrl(guide, url), title));
  }
  return aliases;
}

function redirectPage(lang: string, url: string, canonical: string, title: string): string {
  const [href, name, to] = [url, title, canonical].map(escapeMarkup);
  return `<!doctype html>
<html lang="${escapeMarkup(lang)}">
<head>
<meta charset="utf-8">
<title>${name}</title>
<meta name="robots" content="noindex">
<link rel="canonical" href="${to}">
<meta http-equiv="refresh" content="0; url=${href}">
<script>location.replace(${JSON.stringify(url).replace(/</g, '\\u003c')} + location.hash)</script>
</head>
<body><p><a href="${href}">${name}</a></p></body>
</html>
`;
}
