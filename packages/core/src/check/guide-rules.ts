import type { Rule } from './check-input.js';
import { ownPages, pageStart } from './check-input.js';

/** `duplicate-title`: two pages of one title (in any case) leave readers and search results unsure. */
export const duplicateTitles: Rule = ({ guide, content }, report) => {
  const first = new Map<string, string>();
  for (const node of ownPages(guide)) {
    const key = node.title.trim().toLowerCase();
    const other = first.get(key);
    if (other === undefined) {
      first.set(key, node.file!);
      continue;
    }
    const at = { ...pageStart(node), ...content.sources.get(node.file!)?.frontMatter.positions.get('title') };
    report('duplicate-title', `title "${node.title}" is also the title of ${other}`, at, 'give each page its own title');
  }
};

/**
 * `orphan-page`: an article (a page below a chapter) that no other page's text links to. The
 * sidebar, sub-topic lists and prev/next reach every page; a page no text leads to is one readers
 * only find by browsing.
 */
export const orphanPages: Rule = ({ guide, bodies }, report) => {
  const linked = new Set<string>();
  for (const body of bodies.values()) body?.data.linked.forEach((id) => linked.add(id));
  for (const node of ownPages(guide)) {
    if (node.kind !== 'article' || linked.has(node.id)) continue;
    report('orphan-page', 'no other page links to this page; readers reach it only through the navigation', pageStart(node), 'link to it from a page on the same subject');
  }
};

/** Files a reader could be meant to get: images, media, documents and archives. */
const PUBLISHABLE = /\.(avif|bmp|gif|ico|jpe?g|png|svg|webp|mp3|mp4|ogg|wav|webm|pdf|csv|docx?|pptx?|xlsx?|odt|ods|odp|epub|zip|gz|tgz)$/i;

/** `unused-asset`: an image, video or document beside the pages that no page links to (it is not published). */
export const unusedAssets: Rule = ({ guide, bodies, content }, report) => {
  // Once, with the default locale's tree: `bodies` holds every tree's pages.
  if (guide.locale && guide.locale !== guide.locales?.[0]) return;
  const used = new Set<string>();
  for (const body of bodies.values()) body?.data.assets.forEach((file) => used.add(file));
  for (const file of [...content.files.assets].sort()) {
    if (used.has(file) || !PUBLISHABLE.test(file)) continue;
    report('unused-asset', 'no page links to this file; it is not published', { file }, 'link to it, or delete it');
  }
};
