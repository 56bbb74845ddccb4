import type { Guide, PageNode } from '../model/guide.js';
import { ancestorsOf, chapterOf, walkPages } from '../model/walk-pages.js';
import { hashOf } from '../support/hash.js';

/**
 * How a reader moves through the guide, as plain data for templates: the sidebar, breadcrumbs,
 * previous and next page, a chapter's sub-topics and an article's siblings. Each is a function of
 * the guide and the page.
 */

/** A link in navigation, breadcrumbs, lists and prev/next. */
export interface LinkItem {
  /** Title with the chapter number for chapters (`3. Software Product Manager`). */
  label: string;
  title: string;
  url: string;
  description: string;
  number?: number;
}

/** A link without description: what navigation, breadcrumbs and prev/next show. */
export type LinkRef = Omit<LinkItem, 'description'>;

/**
 * An entry of the sidebar tree. Only the current chapter's subtree is expanded into `children`.
 * It carries no description, so editing a page's text never changes other pages' sidebars.
 */
export interface NavItem extends LinkRef {
  /** This is the page being rendered. */
  current: boolean;
  /** The page being rendered is this item or below it. */
  active: boolean;
  /** The item has sub-topics (whether or not they are listed in `children`). */
  hasChildren: boolean;
  children: NavItem[];
}

/** A page as a link. */
export function linkRef(node: PageNode): LinkRef {
  return { label: node.label, title: node.title, url: node.url, number: node.number };
}

/** A page as a link with its description, for lists of sub-topics. */
export function linkItem(node: PageNode): LinkItem {
  return { ...linkRef(node), description: node.description };
}

/** A sidebar entry off the current page's branch: collapsed, not current, not active. */
export function collapsedItem(node: PageNode): NavItem {
  return { ...linkRef(node), current: false, active: false, hasChildren: node.children.length > 0, children: [] };
}

/**
 * The sidebar of `current` (none for pages outside the tree): every chapter, and the branch that
 * leads to the page expanded level by level, as are folders whose settings say `collapsed: false`.
 * `collapsed` makes the entries off that branch; a renderer may hand out the same entry for a page
 * on every page (see `createSidebars`).
 */
export function sidebar(guide: Guide, current: PageNode | undefined, collapsed = collapsedItem): NavItem[] {
  const branch = new Set<PageNode>(current ? [current, ...ancestorsOf(guide, current)] : []);
  const item = (node: PageNode): NavItem => {
    if (branch.has(node)) return { ...linkRef(node), current: node === current, active: true, hasChildren: node.children.length > 0, children: node.children.map(item) };
    if (node.collapsed === false) return { ...collapsedItem(node), children: node.children.map(item) };
    return collapsed(node);
  };
  return guide.home.children.map(item);
}

/** The pages above `node`, from the home page down. */
export function breadcrumbs(guide: Guide, node: PageNode): LinkRef[] {
  return [...ancestorsOf(guide, node)].reverse().map(linkRef);
}

/** Each guide's pages by their place in reading order, computed once per guide (a guide never changes). */
const readingIndex = new WeakMap<Guide, Map<PageNode, number>>();

/** The pages before and after `node` in reading order. */
export function prevNext(guide: Guide, node: PageNode): { prev?: LinkRef; next?: LinkRef } {
  let index = readingIndex.get(guide);
  if (!index) readingIndex.set(guide, (index = new Map(guide.pages.map((page, i) => [page, i]))));
  const at = index.get(node)!;
  const prev = guide.pages[at - 1];
  const next = guide.pages[at + 1];
  return { prev: prev && linkRef(prev), next: next && linkRef(next) };
}

/** What a chapter or group page lists: its sub-topics with their descriptions. */
export function subTopics(node: PageNode): LinkItem[] {
  return node.children.map(linkItem);
}

/** The list an article belongs to (its parent's sub-topics) with itself marked; none at chapter level. */
export function siblings(guide: Guide, node: PageNode): { parent: LinkRef; items: (LinkRef & { current: boolean })[] } | undefined {
  const parent = node.parent === undefined ? undefined : guide.byId.get(node.parent)!;
  if (!parent || parent.kind === 'home') return undefined;
  return { parent: linkRef(parent), items: parent.children.map((child) => ({ ...linkRef(child), current: child === node })) };
}

/**
 * Signatures of what each page's sidebar shows: the chapter list, and the subtree of the page's
 * own chapter. Two renderings of a page with equal signatures show the same sidebar.
 */
export function createSidebarSignatures(guide: Guide): (node: PageNode | undefined) => string {
  const describe = (n: PageNode) => `${n.label}\t${n.url}\t${n.children.length}`;
  // A chapter shown open on every page (`collapsed: false`) is part of every page's sidebar.
  const open = (n: PageNode): string[] => (n.collapsed === false ? [...walkPages(n)].map(describe) : [describe(n)]);
  const chapters = hashOf(guide.home.children.flatMap(open).join('\n'));
  const subtrees = new Map<PageNode, string>();
  const subtree = (chapter: PageNode): string => {
    let signature = subtrees.get(chapter);
    if (signature === undefined) {
      const lines = [...walkPages(chapter)].map((n) => `${n.depth - chapter.depth}\t${describe(n)}`);
      subtrees.set(chapter, (signature = hashOf(lines.join('\n'))));
    }
    return signature;
  };
  return (node) => {
    const chapter = node && chapterOf(guide, node);
    return chapter ? `${chapters}:${subtree(chapter)}:${node!.id}` : `${chapters}:${node?.id ?? ''}`;
  };
}
