import { readGitRenames } from '../discover/read-git-renames.js';
import { NGINX_MAP, pageFile, REDIRECTS_FILE, URL_MANIFEST } from '../model/site-paths.js';
import { guideUrl } from '../outputs/guide-url.js';
import { planRedirects, renderNginxMap, renderRedirectPage, renderRedirectsFile, type UrlManifest } from '../outputs/redirects.js';
import { translatorFor } from '../render/ui-strings.js';
import { redirectFromPaths } from '../model/redirect-from.js';
import { hashOf } from '../support/hash.js';
import type { OutputPlan } from '../write/output-plan.js';
import { readOutputFile } from '../write/write-output.js';
import type { SiteInput } from './emit-site.js';

/**
 * Plans, after every other file of the site, a redirect page at each path the last build
 * published (see `planRedirects`) that nothing has now, with `_redirects` and an nginx map of
 * them all, and the manifest of what this build publishes. The last build's manifest comes from
 * the build cache, else from the output folder. Returns this build's (the last one's, when the same).
 */
export function emitRedirects(inputs: SiteInput[], plan: OutputPlan): UrlManifest {
  const { config, state } = inputs[0]!;
  const previous = state.published ?? readManifest(readOutputFile(config.outDir, URL_MANIFEST));
  const pages = new Map<string, { file?: string; hash?: string }>();
  const claimed = new Map<string, string>();
  for (const { guide } of inputs) {
    for (const node of guide.pages) {
      // A page a translation shows from the default locale is that page: it is not moved with it.
      const file = node.untranslated ? undefined : node.file;
      const hash = file && state.sources.get(file)?.hash;
      pages.set(node.path, { ...(file ? { file } : {}), ...(hash ? { hash } : {}) });
      if (node.untranslated) continue;
      for (const old of redirectFromPaths(node.frontMatter.redirect_from, config.base)) if (!claimed.has(old)) claimed.set(old, node.path);
    }
  }
  let renames: Map<string, string> | undefined;
  const redirects = planRedirects(previous, {
    pages,
    claimed,
    renames: () => (renames ??= readGitRenames(config.root)),
    taken: (path) => plan.keys.has(pageFile(path)),
  });
  for (const [from, to] of redirects) {
    const { guide, site } = inputs.find((input) => from.startsWith(input.guide.locale?.prefix ?? '') && input.guide.locale?.prefix) ?? inputs[0]!;
    const t = translatorFor(site.strings, site.lang);
    const url = encodeURI(config.base + to);
    const html = renderRedirectPage(url, guideUrl(guide, url), { lang: site.lang, title: t('redirect.title'), text: t('redirect.text') });
    plan.emit(pageFile(from), hashOf(html), () => ({ content: html }));
  }
  if (redirects.size > 0) {
    // A `_redirects` of the guide's own (in `public/`) is the author's: it stays as written.
    const files: [string, string][] = [[REDIRECTS_FILE, renderRedirectsFile(redirects, config.base)], [NGINX_MAP, renderNginxMap(redirects, config.base)]];
    for (const [file, text] of files) if (!plan.keys.has(file)) plan.emit(file, hashOf(text), () => ({ content: text }));
  }
  const manifest: UrlManifest = { pages: Object.fromEntries([...pages].sort(([a], [b]) => (a < b ? -1 : 1))), redirects: Object.fromEntries(redirects) };
  const text = `${JSON.stringify(manifest, null, 1)}\n`;
  plan.emit(URL_MANIFEST, hashOf(text), () => ({ content: text }));
  // The same object when nothing changed: a build cache that holds it need not be saved again.
  return previous && `${JSON.stringify(previous, null, 1)}\n` === text ? previous : manifest;
}

/** A manifest as written by an earlier build; nothing for a missing or damaged one. */
function readManifest(text: string | undefined): UrlManifest | undefined {
  if (text === undefined) return undefined;
  try {
    const parsed = JSON.parse(text) as Partial<UrlManifest>;
    const isRecord = (value: unknown) => typeof value === 'object' && value !== null && !Array.isArray(value);
    return isRecord(parsed.pages) && isRecord(parsed.redirects) ? (parsed as UrlManifest) : undefined;
  } catch {
    return undefined;
  }
}
