import type { Root } from 'hast';
import type { FaqItem } from './page-data.js';
import { readerText } from './reader-text.js';

/**
 * The questions of a page marked `faq: true`: each `##` heading is a question, and the text up to
 * the next heading of that level its answer, for the page's FAQPage structured data. Reads the
 * headings' ids, and their text before anchor links are added to them.
 */
export function faqItems(tree: Root): FaqItem[] {
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
        current = { id: node.properties.id, question: plain(readerText(node)), answer: [] };
      }
    } else if (current) {
      const text = plain(readerText(node));
      if (text) current.answer.push(text);
    }
  }
  close();
  return items;
}

function plain(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
