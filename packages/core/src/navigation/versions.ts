import type { Guide, PageNode } from '../model/guide.js';
import { PRINT_PATH, variantPrefix } from '../model/site-paths.js';

/** A page in one of the guide's versions: what the version picker and the old-version banner link to. */
export interface VersionLink {
  /** The version's key (`1.x`, or `current` for the latest) and its name in the picker (empty: the theme names the latest). */
  key: string;
  label: string;
  /** The page in that version, or, when that version lacks it, the nearest page above it there (its chapter, at worst the home page). */
  url: string;
  /** That version has this very page (`url` is not a page above it). */
  samePage: boolean;
  /** The title of the page `url` leads to. */
  title: string;
  latest: boolean;
  /** This is the version of the page being rendered. */
  current: boolean;
}

/**
 * Finds a page in every version of its locale. Pages are the same page across versions when
 * they have the same path below the version's prefix, so a page that moved between files keeps
 * its links; a page a version lacks leads to the nearest page above its path there. Pages
 * outside the tree (author pages, the print page) are found by their path.
 */
export function createVersionLinks(guides: readonly Guide[]): (guide: Guide, page: PageNode | string) => VersionLink[] {
  if (!guides[0]?.version) return () => [];
  const places = new Map(guides.map((g) => [g, placesOf(g)]));
  return (guide, page) => {
    const below = (typeof page === 'string' ? page : page.path).slice(variantPrefix(guide).length);
    return guides
      .filter((other) => other.locale?.key === guide.locale?.key)
      .map((other): VersionLink => {
        const version = other.version!;
        const known = places.get(other)!;
        let path = below;
        while (path && !known.has(path)) path = path.replace(/[^/]*\/$/, '');
        const place = known.get(path)!;
        return { key: version.key, label: version.label, ...place, samePage: path === below, latest: version.latest, current: other === guide };
      });
  };
}

/** The pages of a tree, its author pages and its print page, by path below its prefix. */
function placesOf(guide: Guide): Map<string, { url: string; title: string }> {
  const prefix = variantPrefix(guide);
  const places = new Map(guide.pages.map((n) => [n.path.slice(prefix.length), { url: n.url, title: n.title }]));
  for (const author of guide.authors.values()) places.set(author.path.slice(prefix.length), { url: author.url, title: author.name });
  places.set(PRINT_PATH, { url: encodeURI(guide.base + prefix + PRINT_PATH), title: guide.title });
  return places;
}
