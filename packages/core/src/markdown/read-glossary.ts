import GithubSlugger from 'github-slugger';
import type { Heading, Nodes, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { DiagnosticBag, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { SourcePage } from '../discover/read-sources.js';
import { hashOf } from '../support/hash.js';
import { parseMarkdown } from './parse/remark-markdown-it.js';
import type { Guide } from '../model/guide.js';

/** A term the glossary page defines. */
export interface GlossaryTerm {
  /** The heading's text without the abbreviation: `Minimum Viable Product`. */
  term: string;
  /** The abbreviation in parentheses after it, if any: `MVP`. */
  alias?: string;
  /** The whole heading, as the glossary shows it: `Minimum Viable Product (MVP)`. */
  heading: string;
  /** Id of the term's heading on the glossary page. */
  id: string;
  /** Plain text of the definition. */
  definition: string;
}

/** The guide's glossary: the page that defines the terms, and the terms, as plain data. */
export interface Glossary {
  /** Source file of the glossary page. */
  file: string;
  /** URL of the glossary page. */
  url: string;
  terms: GlossaryTerm[];
  /** Changes whenever a term, a definition or the page's URL does: rendered pages depend on it. */
  signature: string;
}

const ABBREVIATION = /^(.+?)\s*\(([^()]+)\)$/;

/**
 * Reads the terms of the guide's glossary page (front matter `glossary: true`): each
 * `## Term (ABBR)` heading is a term (the parenthesised abbreviation an alias of it), the text up
 * to the next heading its definition. Parses that one page's markdown, renders nothing.
 */
export function readGlossary(guide: Guide, sources: Map<string, SourcePage>, diagnostics: DiagnosticBag): Glossary | undefined {
  const file = guide.glossaryFile;
  if (file === undefined) return undefined;
  const { terms, problems } = readTerms(file, sources.get(file)!);
  problems.forEach((d) => diagnostics.add(d));
  const { url } = guide.byFile.get(file)!;
  return { file, url, terms, signature: hashOf(url, JSON.stringify(terms)) };
}

/** Terms read from each glossary page source: an unchanged page (the same parsed source) is not parsed again. */
const termsBySource = new WeakMap<SourcePage, { terms: GlossaryTerm[]; problems: Diagnostic[] }>();

/** The terms of a glossary page and the problems found in them. */
function readTerms(file: string, source: SourcePage): { terms: GlossaryTerm[]; problems: Diagnostic[] } {
  const known = termsBySource.get(source);
  if (known) return known;
  const diagnostics = new DiagnosticBag();
  const tree = parseMarkdown(source.text);
  const ids = headingIds(tree);
  const terms: GlossaryTerm[] = [];
  const seen = new Map<string, string>();
  const at = (node: Nodes) => ({ file, line: node.position?.start.line, column: node.position?.start.column });

  let current: { heading: Heading; definition: string[] } | undefined;
  const close = () => {
    if (!current) return;
    const { heading, definition } = current;
    const text = toString(heading).trim();
    if (definition.length === 0) {
      diagnostics.warn('glossary', `glossary term "${text}" has no definition`, at(heading), 'write a paragraph under it');
      return;
    }
    const match = ABBREVIATION.exec(text);
    const term: GlossaryTerm = {
      term: match ? match[1]! : text,
      ...(match ? { alias: match[2]!.trim() } : {}),
      heading: text,
      id: ids.get(heading)!,
      definition: definition.join(' '),
    };
    for (const form of [term.term, term.alias]) {
      if (!form) continue;
      const earlier = seen.get(form.toLowerCase());
      if (earlier) diagnostics.warn('glossary', `"${form}" is defined twice in the glossary (also as "${earlier}")`, at(heading));
      else seen.set(form.toLowerCase(), text);
    }
    terms.push(term);
  };
  for (const node of tree.children) {
    if (node.type === 'heading') {
      close();
      current = node.depth === 2 ? { heading: node, definition: [] } : undefined;
    } else if (current && isProse(node)) {
      const text = toString(node).replace(/\s+/g, ' ').trim();
      if (text) current.definition.push(text);
    }
  }
  close();
  if (terms.length === 0) {
    diagnostics.warn('glossary', 'the glossary page defines no terms', { file, line: 1, column: 1 }, 'give each term a `## Term` heading and a paragraph');
  }
  const result = { terms, problems: diagnostics.items };
  termsBySource.set(source, result);
  return result;
}

function isProse(node: RootContent): boolean {
  return node.type !== 'yaml' && node.type !== 'html' && node.type !== 'code' && node.type !== 'thematicBreak';
}

/**
 * The ids the rendered page gives its headings: slugged in document order, as `rehypeHeadings` does,
 * after the leading `# title` has been dropped.
 */
function headingIds(tree: Root): Map<Heading, string> {
  const slugger = new GithubSlugger();
  const first = tree.children.find((node) => node.type !== 'yaml' && node.type !== 'html');
  const ids = new Map<Heading, string>();
  visit(tree, 'heading', (node) => {
    if (node === first && node.depth === 1) return;
    ids.set(node, slugger.slug(toString(node)));
  });
  return ids;
}
