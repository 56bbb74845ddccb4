import { hashOf } from '../support/hash.js';
import type { PageContext } from '../render/page-context.js';
import type { Guide, PageNode } from '../model/guide.js';

/** The key of a rendered page: equal keys render equal HTML with the same theme. */
export function renderKey(page: PageContext, body: { hash: string } | undefined, navSignature: string, themeSignature: string): string {
  const { html: _html, ...rest } = page;
  return hashOf(themeSignature, navSignature, body?.hash ?? '', JSON.stringify(rest));
}

/**
 * The key of an output that holds the whole guide (the print page, `llms-full.txt`), without
 * building it: every page's place, label and `pageKey`, after `salt` (what else it depends on).
 */
export function wholeGuideKey(guide: Guide, salt: string, pageKey: (node: PageNode) => string): string {
  const lines = guide.pages.map((n) => `${n.path}\t${n.depth}\t${n.number ?? ''}\t${n.label}\t${pageKey(n)}`);
  return hashOf(salt, guide.base, ...lines);
}

/**
 * What every page's context takes from the tree, the authors and the site: while it is unchanged,
 * a page whose markdown was not rendered again keeps its key, and its context is not even built.
 */
export function structureSignature(guide: Guide, themeSignature: string): string {
  const lines = guide.pages.map((n) =>
    [n.id, n.kind, n.depth, n.parent ?? '', n.path, n.label, n.title, n.description, n.number ?? '', n.authors.join(','), n.updated ?? '', JSON.stringify(n.frontMatter)].join('\t'),
  );
  return hashOf(themeSignature, JSON.stringify([...guide.authors.values()]), ...lines);
}
