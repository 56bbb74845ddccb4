import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { GithubSlugger, mdastToString } from './deps.js';
import { pageData } from './page-data.js';

/**
 * Removes the body's leading `# heading`, or its leading `##` when that is its only heading of
 * level 1 or 2 (see `firstHeading`) and the front matter names no title (nor marks the glossary): it is the page title, which the theme
 * renders (with the chapter number) above the content. A link to the title's anchor (`page.md#title`,
 * as mdBook books write) is a link to the page's top, so that id counts as the page's.
 */
export function remarkDropTitle() {
  return (tree: Root, file: VFile): void => {
    const index = tree.children.findIndex((node) => node.type !== 'yaml' && node.type !== 'html');
    const first = tree.children[index];
    if (first?.type !== 'heading') return;
    const fm = file.data.frontMatter;
    const levelTwo = fm?.title === undefined && fm?.glossary !== true;
    const headings = tree.children.filter((node) => node.type === 'heading' && node.depth <= 2);
    const isTitle = first.depth === 1 || (first.depth === 2 && levelTwo && headings.length === 1);
    if (!isTitle) return;
    tree.children.splice(index, 1);
    pageData(file).ids.add(new GithubSlugger().slug(mdastToString(first)));
  };
}
