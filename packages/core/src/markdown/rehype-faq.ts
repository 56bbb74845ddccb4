import type { Root } from 'hast';
import { toString } from 'hast-util-to-string';
import type { VFile } from 'vfile';
import { pageData, type FaqItem } from './page-data.js';

/**
 * On a page marked `faq: true`, records each `##` heading as a question and the text up to the
 * next heading of that level as its answer, for the page's FAQPage structured data. Runs after
 * heading ids are set and before anchor links are added to headings.
 */
export function rehypeFaq() {
  return (tree: Root, file: VFile): void => {
    if (file.data.frontMatter?.faq !== true) return;
    const items: FaqItem[] = [];
    let current: { id: string; question: string; answer: string[] } | undefined;
    const close = () => {
      if (current?.answer.length) items.push({ id: current.id, question: current.question, answer: current.answer.join(' ') });
      current = undefined;
    };
    for (const node of tree.children) {
      if (node.type !== 'element') continue;
      const level = /^h([1-6])$/.exec(node.tagName)?.[1];
      if (node.properties.dataFootnotes !== undefined || (level && Number(level) <= 2)) {
        close();
        if (level === '2' && typeof node.properties.id === 'string') {
          current = { id: node.properties.id, question: plain(toString(node)), answer: [] };
        }
      } else if (current) {
        const text = plain(toString(node));
        if (text) current.answer.push(text);
      }
    }
    close();
    pageData(file).faq = items;
  };
}

function plain(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
