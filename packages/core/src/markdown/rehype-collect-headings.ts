import type { Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { pageData } from './page-data.js';

const RAW_ID = /\s(?:id|name)\s*=\s*["']?([^"'\s>]+)/gi;

/**
 * Collects the h2/h3 headings (for the table of contents), every id and the word count of a page.
 */
export function rehypeCollectHeadings() {
  return (tree: Root, file: VFile): void => {
    const data = pageData(file);
    visit(tree, 'element', (node) => {
      const id = node.properties.id;
      if (typeof id !== 'string') return;
      data.ids.add(id);
      // Visually hidden headings (the footnotes label) are not sections a reader navigates to.
      const hidden = Array.isArray(node.properties.className) && node.properties.className.includes('sr-only');
      if ((node.tagName === 'h2' || node.tagName === 'h3') && !hidden) {
        data.headings.push({ depth: Number(node.tagName[1]), id, text: toString(node).trim() });
      }
    });
    // Anchors written as HTML (`<a id="…">`) are raw text to the tree, but links may point at them.
    visit(tree, 'raw', (node) => {
      for (const match of node.value.matchAll(RAW_ID)) data.ids.add(match[1]!);
    });
    data.words = toString(tree).split(/\s+/).filter(Boolean).length;
  };
}
