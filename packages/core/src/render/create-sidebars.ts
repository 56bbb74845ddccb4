import type { Guide, PageNode } from '../model/guide.js';
import { collapsedItem, sidebar, type NavItem, type SidebarExpand } from '../navigation/navigation.js';

/**
 * The sidebars of one build's pages. An entry off a page's branch is the same object on every
 * page that shows it, so a template can render it, or a run of them (see `navRuns`), once per
 * build with `{% memo %}` instead of once per page.
 */
export function createSidebars(guide: Guide, expand: SidebarExpand = 'all'): (current: PageNode | undefined) => NavItem[] {
  const shared = new Map<PageNode, NavItem>();
  const collapsed = (node: PageNode): NavItem => {
    let item = shared.get(node);
    if (!item) shared.set(node, (item = collapsedItem(node, expand)));
    return item;
  };
  return (current) => sidebar(guide, current, collapsed);
}
