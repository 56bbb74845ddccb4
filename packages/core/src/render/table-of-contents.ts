import { resolveTocRange } from '../config/resolve-config.js';
import type { Heading } from '../markdown/page-data.js';
import type { PageNode } from '../model/guide.js';

/** An entry of a page's table of contents, with the headings below it nested. */
export interface TocEntry extends Heading {
  children: TocEntry[];
}

/**
 * A page's table of contents: its headings from `min` to `max` (config `toc`, front matter `toc`
 * over it, `toc: false` for none), each below the nearest higher heading before it in its
 * section. Empty when
 * it would list fewer than two headings: one link is no table of contents.
 */
export function tableOfContents(node: PageNode, headings: readonly Heading[], range: { min: number; max: number }): { headings: Heading[]; toc: TocEntry[] } {
  const own = node.frontMatter.toc;
  if (own === false) return { headings: [], toc: [] };
  const { min, max } = resolveTocRange(own, range);
  const listed = headings.filter((h) => h.depth >= min && h.depth <= max);
  if (listed.length < 2) return { headings: listed, toc: [] };
  const toc: TocEntry[] = [];
  const open: TocEntry[] = [];
  for (const heading of headings) {
    // A heading above the range starts a section of its own: what follows is not below the last entry.
    if (heading.depth < min) open.length = 0;
    if (heading.depth < min || heading.depth > max) continue;
    while (open.length && open.at(-1)!.depth >= heading.depth) open.pop();
    const entry = { ...heading, children: [] };
    (open.at(-1)?.children ?? toc).push(entry);
    open.push(entry);
  }
  return { headings: listed, toc };
}
