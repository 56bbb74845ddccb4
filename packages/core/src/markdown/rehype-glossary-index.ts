import type { Element, ElementContent, Root } from 'hast';
import type { VFile } from 'vfile';
import type { GlossaryTerm } from './glossary.js';

const LETTERS = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];

/**
 * Puts an A–Z index above the glossary page's first term: each letter links to the first term that
 * starts with it; letters without terms are shown dimmed and hidden from screen readers. Terms that
 * start with a digit or a symbol are under `#`.
 */
export function rehypeGlossaryIndex() {
  return (tree: Root, file: VFile): void => {
    const terms = file.data.page?.glossaryTerms;
    if (!terms || terms.length === 0) return;
    const first = new Map<string, GlossaryTerm>();
    for (const term of terms) {
      const letter = initial(term.term);
      if (!first.has(letter)) first.set(letter, term);
    }
    const items = (first.has('#') ? ['#', ...LETTERS] : LETTERS).map((letter) => indexItem(letter, first.get(letter)));
    const nav: Element = {
      type: 'element',
      tagName: 'nav',
      properties: { className: ['gk-glossary-index'], ariaLabel: 'Glossary from A to Z' },
      children: [{ type: 'element', tagName: 'ol', properties: {}, children: items }],
    };
    const at = tree.children.findIndex((n) => n.type === 'element' && n.properties.id === terms[0]!.id);
    tree.children.splice(Math.max(at, 0), 0, nav, { type: 'text', value: '\n' });
  };
}

function indexItem(letter: string, term: GlossaryTerm | undefined): ElementContent {
  const text = { type: 'text' as const, value: letter };
  return term
    ? {
        type: 'element',
        tagName: 'li',
        properties: {},
        children: [{ type: 'element', tagName: 'a', properties: { href: `#${term.id}`, title: term.heading }, children: [text] }],
      }
    : { type: 'element', tagName: 'li', properties: { ariaHidden: 'true' }, children: [{ type: 'element', tagName: 'span', properties: {}, children: [text] }] };
}

/** The index letter of a term: its first letter without accents, or `#`. */
function initial(term: string): string {
  const letter = term.normalize('NFD').charAt(0).toUpperCase();
  return LETTERS.includes(letter) ? letter : '#';
}
