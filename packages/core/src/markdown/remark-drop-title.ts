import type { Root } from 'mdast';

/**
 * Removes the body's leading `# heading`: it is the page title, which the theme renders
 * (with the chapter number) above the content.
 */
export function remarkDropTitle() {
  return (tree: Root): void => {
    const index = tree.children.findIndex((node) => node.type !== 'yaml' && node.type !== 'html');
    const first = tree.children[index];
    if (first?.type === 'heading' && first.depth === 1) tree.children.splice(index, 1);
  };
}
