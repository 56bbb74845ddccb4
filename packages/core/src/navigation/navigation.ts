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
 * An entry of the sidebar tree: every chapter's sub-topics are in `children` (only the current
 * chapter's when the sidebar expands `current`), those off the page's branch to be shown folded.
 * It carries no description, so editing a page's text never changes other pages' sidebars.
 * `label` and `title` are front matter `sidebar.label` where it gives one.
 */
export interface NavItem extends LinkRef {
  /** This is the page being rendered. */
  current: boolean;
  /** The page being rendered is this item or below it. */
  active: boolean;
  /** Its sub-topics are shown unfolded: it is on the page's branch, or its page says `sidebar.collapsed: false`. */
  open: boolean;
  /** The item has sub-topics (whether or not they are listed in `children`). */
  hasChildren: boolean;
  children: NavItem[];
  /** Front matter `sidebar.badge`. */
  badge?: string;
}

/** How much of the tree every page's sidebar holds (config `sidebar.expand`). */
export type SidebarExpand = 'all' | 'current';

/** A page as a link. */
export function linkRef(node: PageNode): LinkRef {
  return { label: node.label, title: node.title, url: node.url, number: node.number };
}

/** A page as a link with its description, for lists of sub-topics. */
export function linkItem(node: PageNode): LinkItem {
  return { ...linkRef(node), description: node.description };
}

/** The sub-topics the sidebar shows: those not `sidebar.hidden`. */
function shownChildren(node: PageNode): readonly PageNode[] {
  return node.children.some(isHidden) ? node.children.filter((child) => !isHidden(child)) : node.children;
}

/** A folder shown open on every page: its settings file or its page's front matter say `collapsed: false`. */
function keptOpen(node: PageNode): boolean {
  return node.collapsed === false || node.frontMatter.sidebar?.collapsed === false;
}

function isHidden(node: PageNode): boolean {
  return node.frontMatter.sidebar?.hidden === true;
}

/** A page as the sidebar names it: its `sidebar.label` and `sidebar.badge` when it has them. */
function navEntry(node: PageNode, children: NavItem[], active: boolean, current: boolean): NavItem {
  const { label, badge } = node.frontMatter.sidebar ?? {};
  return {
    ...linkRef(node),
    ...(label ? { label, title: label } : {}),
    current,
    active,
    open: active || keptOpen(node),
    hasChildren: shownChildren(node).length > 0,
    children,
    ...(badge ? { badge } : {}),
  };
}

/** A sidebar entry off the current page's branch: not current, not active, its sub-topics folded (or left out with `current`). */
export function collapsedItem(node: PageNode, expand: SidebarExpand = 'all'): NavItem {
  return navEntry(node, expand === 'all' ? shownChildren(node).map((child) => collapsedItem(child, expand)) : [], false, false);
}

/**
 * The sidebar of `current` (none for pages outside the tree): every chapter, and the branch that
 * leads to the page open level by level, as are folders whose settings or front matter say
 * `collapsed: false`. `collapsed` makes the other entries; a renderer may hand out the same entry
 * for a page on every page (see `createSidebars`).
 */
export function sidebar(guide: Guide, current: PageNode | undefined, collapsed: (node: PageNode) => NavItem = collapsedItem): NavItem[] {
  const branch = new Set<PageNode>(current ? [current, ...ancestorsOf(guide, current)] : []);
  const item = (node: PageNode): NavItem => {
    if (branch.has(node)) return navEntry(node, shownChildren(node).map(item), true, node === current);
    if (keptOpen(node)) return navEntry(node, shownChildren(node).map(item), false, false);
    return collapsed(node);
  };
  return shownChildren(guide.home).map(item);
}

/** The pages above `node`, from the home page down. */
export function breadcrumbs(guide: Guide, node: PageNode): LinkRef[] {
  return [...ancestorsOf(guide, node)].reverse().map(linkRef);
}

/** Each guide's pages by their place in reading order, computed once per guide (a guide never changes). */
const readingIndex = new WeakMap<Guide, Map<PageNode, number>>();

/** The pages before and after `node` in reading order, or those its front matter `prev`/`next` names (`false`: none). */
export function prevNext(guide: Guide, node: PageNode): { prev?: LinkRef; next?: LinkRef } {
  let index = readingIndex.get(guide);
  if (!index) readingIndex.set(guide, (index = new Map(guide.pages.map((page, i) => [page, i]))));
  const at = index.get(node)!;
  const pick = (override: string | false | undefined, neighbour: PageNode | undefined) =>
    override === false ? undefined : override === undefined ? neighbour : guide.byId.get(override);
  const prev = pick(node.prev, guide.pages[at - 1]);
  const next = pick(node.next, guide.pages[at + 1]);
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
 * Signatures of what each page's sidebar shows: the chapter list (the whole tree when every
 * chapter's sub-topics are in it), and the subtree of the page's own chapter. Two renderings of a
 * page with equal signatures show the same sidebar.
 */
export function createSidebarSignatures(guide: Guide, expand: SidebarExpand = 'all'): (node: PageNode | undefined) => string {
  const describe = (n: PageNode) => `${n.label}\t${n.url}\t${n.children.length}\t${n.collapsed ?? ''}\t${JSON.stringify(n.frontMatter.sidebar ?? '')}`;
  // A chapter shown open on every page (`collapsed: false`) is part of every page's sidebar.
  const open = (n: PageNode): string[] => (keptOpen(n) ? [...walkPages(n)].map(describe) : [describe(n)]);
  const listed = expand === 'all' ? [...walkPages(guide.home)].map((n) => `${n.depth}\t${describe(n)}`) : guide.home.children.flatMap(open);
  const chapters = hashOf(listed.join('\n'));
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
