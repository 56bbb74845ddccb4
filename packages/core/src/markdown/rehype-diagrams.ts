import type { Element, ElementContent, Root } from 'hast';
import type { VFile } from 'vfile';
import { hastToString } from './deps.js';
import { pageData } from './page-data.js';
import { walkTree } from './walk-tree.js';

/**
 * Turns ```` ```mermaid ```` blocks into diagram containers, `<pre class="mermaid">` holding the
 * diagram's source: the highlighter leaves them alone, a reader without JavaScript sees the
 * source, and the theme's script draws the diagram in its place. Notes on the page that it has
 * diagrams, so mermaid is loaded only there.
 */
export function rehypeDiagrams() {
  return (tree: Root, file: VFile): void => {
    walkTree(tree, (node) => {
      if (node.type !== 'element' || node.tagName !== 'pre') return;
      const code = node.children[0];
      if (code?.type !== 'element' || code.tagName !== 'code' || !isMermaid(code)) return;
      const source = hastToString(code as ElementContent).replace(/\n$/, '');
      Object.assign(node, { properties: { className: ['mermaid'] }, children: [{ type: 'text', value: source }] } satisfies Partial<Element>);
      pageData(file).features.add('diagrams');
    });
  };
}

function isMermaid(code: Element): boolean {
  const classes = code.properties.className;
  return Array.isArray(classes) && classes.includes('language-mermaid');
}
