import type { Element, Root } from 'hast';
import type { VFile } from 'vfile';
import { GithubSlugger, hastToString } from './deps.js';
import { faqItems } from './faq-items.js';
import { pageData } from './page-data.js';
import { walkTree } from './walk-tree.js';

const HEADING = /^h([1-6])$/;
const RAW_ID = /\s(?:id|name)\s*=\s*["']?([^"'\s>]+)/gi;

/**
 * Gives a page's headings their ids and anchor links, and collects what the build learns of the
 * page from its tree, in one walk:
 * - each h1–h6 without an id gets one slugged from its text as GitHub does, repeats suffixed `-1`, `-2`…;
 * - the h2–h6 headings are what a table of contents may list; every id is kept, for checking `#anchor` links;
 * - the words are counted;
 * - on a page marked `faq: true`, the questions and answers are read;
 * - h2–h4 headings with an id end in a `#` link to themselves.
 */
export function rehypeHeadings() {
  return (tree: Root, file: VFile): void => {
    const data = pageData(file);
    const slugger = new GithubSlugger();
    const anchored: Element[] = [];
    const texts: string[] = [];
    const raws: string[] = [];
    const visitElement = (node: Element) => {
      const rank = headingRank(node);
      const text = rank ? hastToString(node) : '';
      // In document order, before anything reads them: an id's suffix depends on the headings before it.
      if (rank && !node.properties.id) node.properties.id = slugger.slug(text);
      const id = node.properties.id;
      if (rank >= 2 && rank <= 4 && id) anchored.push(node);
      if (typeof id !== 'string') return;
      data.ids.add(id);
      if (rank >= 2 && !isVisuallyHidden(node)) data.headings.push({ depth: rank, id, text: text.trim() });
    };
    walkTree(tree, (node) => {
      if (node.type === 'element') visitElement(node);
      else if (node.type === 'text') texts.push(node.value);
      else if (node.type === 'raw') raws.push(node.value);
    });
    // Anchors written as HTML (`<a id="…">`) are raw text to the tree, but links may point at them.
    for (const raw of raws) for (const match of raw.matchAll(RAW_ID)) data.ids.add(match[1]!);
    data.words = texts.join('').split(/\s+/).filter(Boolean).length;
    // Read before the anchors add their `#` to the headings' text.
    if (file.data.frontMatter?.faq === true) data.faq = faqItems(tree);
    for (const heading of anchored) heading.children.push(headingAnchor(heading));
  };
}

/** 1 to 6 for `h1` to `h6`, else 0. */
function headingRank(node: Element): number {
  const match = HEADING.exec(node.tagName);
  return match ? Number(match[1]) : 0;
}

/** Visually hidden headings (the footnotes label) are not sections a reader navigates to. */
function isVisuallyHidden(node: Element): boolean {
  return Array.isArray(node.properties.className) && node.properties.className.includes('sr-only');
}

/** `<a class="heading-anchor" aria-hidden="true" tabindex="-1" data-pagefind-ignore href="#id">#</a>` */
function headingAnchor(heading: Element): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: { className: ['heading-anchor'], ariaHidden: 'true', tabIndex: -1, dataPagefindIgnore: true, href: `#${heading.properties.id}` },
    children: [{ type: 'text', value: '#' }],
  };
}
