import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
import { hashOf } from '../hash.js';
import type { RenderedMarkdown } from '../markdown/render-markdown.js';
import type { Guide, PageNode } from '../tree/types.js';
import { emptyPage, type PageContext } from './page-context.js';

/** One page of the guide inside the print page. */
export interface PrintSection {
  /** The section's id: the page's path below the base, between slashes (`/chapter/topic/`). */
  id: string;
  /** 0 for the home page, 1 for chapters, and so on. */
  depth: number;
  /** Heading level of the page's title: 2 for chapters, 3 below them, and so on (at most 6). */
  level: number;
  /** Section number: `3`, `3.1`, `3.1.2`; absent for the home page and unnumbered chapters. */
  number?: string;
  title: string;
  /** The page's rendered markdown, its ids and links made to work on the one page. */
  html: string;
}

/** Where the print page is written, below the base. */
export const PRINT_PATH = 'print/';

/** Attributes that hold ids, whose values get the section's prefix. */
const ID_REFS: string[] = ['id', 'ariaDescribedBy', 'ariaLabelledBy', 'ariaControls', 'htmlFor'];

/** Rewritten bodies, by rendering: a page whose rendering and place are unchanged is not parsed again. */
const rewritten = new WeakMap<RenderedMarkdown, { key: string; html: string }>();

/**
 * The context of the print page: every page in reading order on one page, for printing or saving
 * as PDF. Each page's ids get the page's path as prefix so they stay unique, its headings move
 * down under the page's title, and links to pages of the guide become links within the page.
 */
export function buildPrintContext(guide: Guide, bodies: Map<PageNode, RenderedMarkdown | undefined>): PageContext {
  const sectionOf = new Map(guide.pages.map((node) => [node.url, `/${node.path}`]));
  const sitemapKey = hashOf(guide.config.base, ...guide.pages.map((node) => node.url));
  const numbers = sectionNumbers(guide);
  const sections = guide.pages.map((node): PrintSection => {
    const id = `/${node.path}`;
    const level = Math.min(node.depth + 1, 6);
    const body = bodies.get(node);
    let html = '';
    if (body) {
      const key = `${sitemapKey}:${id}:${node.depth}`;
      let cached = rewritten.get(body);
      if (cached?.key !== key) {
        cached = { key, html: rewriteBody(body.html, id, node.depth, sectionOf) };
        rewritten.set(body, cached);
      }
      html = cached.html;
    }
    return { id, depth: node.depth, level, number: numbers.get(node), title: node.title, html };
  });
  return {
    ...emptyPage(guide, 'print', guide.config.title, `${guide.config.base}${PRINT_PATH}`, PRINT_PATH),
    sections,
  };
}

/** `3`, `3.1`, `3.1.2`: chapter numbers, then each sub-topic's place among its siblings. */
function sectionNumbers(guide: Guide): Map<PageNode, string> {
  const numbers = new Map<PageNode, string>();
  const visitNode = (node: PageNode, prefix: string) => {
    node.children.forEach((child, i) => {
      const number = node.kind === 'home' ? (child.number === undefined ? undefined : String(child.number)) : `${prefix}.${i + 1}`;
      if (number === undefined) return;
      numbers.set(child, number);
      visitNode(child, number);
    });
  };
  visitNode(guide.home, '');
  return numbers;
}

function rewriteBody(html: string, id: string, depth: number, sectionOf: Map<string, string>): string {
  const tree: Root = fromHtml(html, { fragment: true });
  visit(tree, 'element', (node: Element) => {
    for (const name of ID_REFS) {
      const value = node.properties[name];
      if (typeof value === 'string') node.properties[name] = `${id}${value}`;
      else if (Array.isArray(value)) node.properties[name] = value.map((v) => `${id}${String(v)}`);
    }
    const level = /^h([2-6])$/.exec(node.tagName)?.[1];
    if (level) node.tagName = `h${Math.min(Number(level) + depth, 6)}`;
    // Lazy images might not be loaded when the page is printed.
    if (node.tagName === 'img') delete node.properties.loading;
    const href = node.properties.href;
    if (node.tagName === 'a' && typeof href === 'string') node.properties.href = inPageHref(href, id, sectionOf);
  });
  return toHtml(tree);
}

/** `#x` → `#/page/x`, `/base/other/#x` → `#/other/x`, `/base/other/` → `#/other/`; other links stay. */
function inPageHref(href: string, id: string, sectionOf: Map<string, string>): string {
  const hash = href.indexOf('#');
  const url = hash < 0 ? href : href.slice(0, hash);
  const anchor = hash < 0 ? '' : href.slice(hash + 1);
  const section = url === '' ? id : sectionOf.get(url);
  if (section === undefined) return href;
  return `#${section}${anchor}`;
}
