import type { Root } from 'hast';
import { walkTree } from './walk-tree.js';

/** Names GFM task-list checkboxes for screen readers, which otherwise announce an unlabelled checkbox. */
export function rehypeTaskListLabels() {
  return (tree: Root): void => {
    walkTree(tree, (node) => {
      if (node.type === 'element' && node.tagName === 'input' && node.properties.type === 'checkbox') {
        node.properties.ariaLabel = node.properties.checked ? 'Done' : 'Not done';
      }
    });
  };
}
