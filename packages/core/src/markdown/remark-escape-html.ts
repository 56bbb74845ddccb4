import type { Root } from 'mdast';
import { walkTree } from './walk-tree.js';

/**
 * Shows the raw HTML written in a page as text instead of passing it into the page: for guides
 * whose authors are not trusted (config `markdown.rawHtml: 'escape'`). A `<script>` is then
 * seen, not run.
 */
export function remarkEscapeHtml() {
  return (tree: Root): void => {
    walkTree(tree, (node) => {
      if (node.type === 'html') (node as { type: string }).type = 'text';
    });
  };
}
