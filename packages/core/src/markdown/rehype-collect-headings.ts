import type { Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { pageData } from './page-data.js';

/** Collects the h2/h3 headings (for the table of contents), every id and the word count of a page. */
export function rehypeCollectHeadings() {
  return (tree: Root, file: VFile): void => {
    const data = pageData(file);
    visit(tree, 'element', (node) => {
      const id = node.properties.id;
      if (typeof id !== 'string') return;
      data.ids.add(id);
      if (node.tagName === 'h2' || node.tagName === 'h3') {
        data.headings.push({ depth: Number(node.tagName[1]), id, text: toString(node).trim() });
      }
    });
    data.words = toString(tree).split(/\s+/).filter(Boolean).length;
  };
}
