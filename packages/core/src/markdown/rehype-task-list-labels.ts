import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

/** Names GFM task-list checkboxes for screen readers, which otherwise announce an unlabelled checkbox. */
export function rehypeTaskListLabels() {
  return (tree: Root): void => {
    visit(tree, 'element', (node) => {
      if (node.tagName === 'input' && node.properties.type === 'checkbox') {
        node.properties.ariaLabel = node.properties.checked ? 'Done' : 'Not done';
      }
    });
  };
}
