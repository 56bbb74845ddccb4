import type { Element, ElementContent, Root, RootContent } from 'hast';
import type { VFile } from 'vfile';
import type { GlossaryTerm } from './glossary.js';
import type { MarkdownContext } from './markdown-context.js';
import { pageData } from './page-data.js';
import { readerText } from './reader-text.js';

const HEADING = /^h[1-6]$/;
const ABBREVIATION = /^(.+?)\s*\(([^()]+)\)$/;
/** Blocks that are not part of a definition's text. */
const NOT_PROSE = new Set(['pre', 'hr', 'nav', 'script', 'style']);

/**
 * Reads the terms of the glossary page from its rendered tree: each `##` heading is a term (a
 * parenthesised abbreviation at its end an alias of it), the text up to the next heading its
 * definition. A term's id is its heading's id, as the page has it, so term links always land.
 * Runs after `rehypeHeadings`; the terms go to the page's data (`glossaryTerms`).
 */
export function rehypeGlossaryTerms(currentContext: () => MarkdownContext) {
  return (tree: Root, file: VFile): void => {
    if (file.data.sourceFile !== currentContext().glossaryFile) return;
    const terms: GlossaryTerm[] = [];
    const seen = new Map<string, string>();
    let current: { heading: Element; definition: string[] } | undefined;
    const close = () => {
      if (!current) return;
      const { heading, definition } = current;
      const text = readerText(heading).trim();
      if (definition.length === 0) {
        warn(file, `glossary term "${text}" has no definition`, heading, 'write a paragraph under it');
        return;
      }
      const match = ABBREVIATION.exec(text);
      const term: GlossaryTerm = {
        term: match ? match[1]! : text,
        ...(match ? { alias: match[2]!.trim() } : {}),
        heading: text,
        id: String(heading.properties.id),
        definition: definition.join(' '),
      };
      for (const form of [term.term, term.alias]) {
        if (!form) continue;
        const earlier = seen.get(form.toLowerCase());
        if (earlier) warn(file, `"${form}" is defined twice in the glossary (also as "${earlier}")`, heading);
        else seen.set(form.toLowerCase(), text);
      }
      terms.push(term);
    };
    for (const node of tree.children) {
      if (isElement(node) && HEADING.test(node.tagName)) {
        close();
        current = node.tagName === 'h2' && node.properties.id !== undefined ? { heading: node, definition: [] } : undefined;
      } else if (current && isElement(node) && !NOT_PROSE.has(node.tagName) && node.properties.dataFootnotes === undefined) {
        const text = readerText(node).replace(/\s+/g, ' ').trim();
        if (text) current.definition.push(text);
      }
    }
    close();
    if (terms.length === 0) {
      warn(file, 'the glossary page defines no terms', undefined, 'give each term a `## Term` heading and a paragraph');
    }
    pageData(file).glossaryTerms = terms;
  };
}

function isElement(node: RootContent | ElementContent): node is Element {
  return node.type === 'element';
}

function warn(file: VFile, reason: string, node: Element | undefined, hint?: string): void {
  const message = file.message(reason, { place: node?.position ?? { line: 1, column: 1 }, ruleId: 'glossary', source: 'guidekit' });
  if (hint) message.note = hint;
}
