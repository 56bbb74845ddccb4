import type { Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import type { Node, Parent } from 'unist';

/**
 * Calls `visitor` with every node of a hast or mdast tree below its root, in document order, each
 * node before its children: what `unist-util-visit` does for a visitor that needs neither ancestors
 * nor index, as plain recursion. `unist-util-visit` copies the list of ancestors for every node it
 * enters, which made walking the trees one of the largest costs of rendering a page.
 *
 * The visitor may change the node it is given, its children too (they are walked after it returns),
 * but not the node's siblings.
 */
export function walkTree<Tree extends HastRoot | MdastRoot>(tree: Tree, visitor: (node: Tree['children'][number]) => void): void {
  walkChildren(tree, visitor as (node: Node) => void);
}

function walkChildren(parent: Parent, visitor: (node: Node) => void): void {
  for (const child of parent.children) {
    visitor(child);
    if ('children' in child) walkChildren(child as Parent, visitor);
  }
}
