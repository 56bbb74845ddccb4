import { hashOf } from '../support/hash.js';
import { attributePattern, tagPattern } from '../support/html-markup.js';
import type { RenderedMarkdown } from '../markdown/render-markdown.js';
import type { Guide, PageNode } from '../model/guide.js';
import type { OutputPiece } from '../write/write-output.js';
import { variantPrefix, PRINT_PATH } from '../model/site-paths.js';
import { emptyPage, pageFeatures, type PageContext, type PrintSection } from './page-context.js';

/** Attributes that hold ids, whose values get the section's prefix. */
const ID_REFS = new Set(['id', 'aria-describedby', 'aria-labelledby', 'aria-controls', 'for']);

/** What stands in for a page's body while the print page's template is rendered. */
const PLACEHOLDER = '<!--guidekit:print-body:';

/** The hash of an empty body: a page without one has no place in the print page. */
const EMPTY = hashOf('');

/**
 * The print page, in pieces written one after another: every page in reading order on one page,
 * for printing or saving as PDF. Each page's ids get the page's path as prefix so they stay
 * unique, its headings move down under the page's title, and links to pages of the guide become
 * links within the page.
 *
 * The template is rendered around a placeholder for each body, and a body is rewritten only when
 * its turn to be written comes: the whole guide's HTML is never held at once (at 4000 pages, it
 * was the build's largest allocation). A template that does not write each body once, as it is
 * (`{{ section.html | safe }}`), gets the bodies rendered in instead.
 *
 * The pieces between the bodies are keyed by `frameKey` (what the template is given besides the
 * bodies) and the pages that have one, and each body by what its rewriting depends on: a file that
 * `holds` them copies them, so an edit rewrites one body, and the template is not rendered at all.
 */
export function* renderPrintPage(
  guide: Guide,
  bodies: Map<PageNode, RenderedMarkdown | undefined>,
  render: (page: PageContext) => string,
  { frameKey, holds }: { frameKey: string; holds: (key: string) => boolean },
): Generator<OutputPiece> {
  const sectionOf = new Map(guide.pages.map((node) => [node.url, `/${node.path}`]));
  const sectionsKey = hashOf(...[...sectionOf].flat());
  const rewritten = (node: PageNode) => {
    const body = bodies.get(node);
    return body ? rewriteBody(body.html, `/${node.path}`, node.depth, sectionOf) : '';
  };
  const placed = guide.pages.filter((node) => (bodies.get(node)?.hash ?? EMPTY) !== EMPTY);
  // The frame links what the pages' math, diagrams and components need; tabs stay the stacked
  // sections they are without script.
  const features = [...new Set(placed.flatMap((node) => pageFeatures(bodies.get(node)!.data)))].filter((f) => f !== 'tabs').sort();
  const frameId = hashOf(frameKey, ...placed.map((node) => node.path), ...features);
  // The frame is rendered only if the file's last version does not hold it; a last version that
  // does was written by a template that split, as this one (under the same key) does.
  let frame: string[] | undefined;
  if (!holds(`${frameId}:0`)) {
    frame = splitFrame(guide, placed, render, features);
    if (!frame) {
      yield { text: () => render(printContext(guide, guide.pages.map(rewritten), features)) };
      return;
    }
  }
  const frameAt = (i: number) => {
    frame ??= splitFrame(guide, placed, render, features);
    if (!frame) throw new Error('the print template no longer writes each body once: build again with --no-cache');
    return frame[i]!;
  };
  for (const [i, node] of placed.entries()) {
    yield { key: `${frameId}:${i}`, text: () => frameAt(i) };
    yield { key: hashOf(sectionsKey, node.path, String(node.depth), bodies.get(node)!.hash), text: () => rewritten(node) };
  }
  yield { key: `${frameId}:${placed.length}`, text: () => frameAt(placed.length) };
}

/**
 * The print page's template rendered around a placeholder for each of the `placed` pages, cut at
 * the placeholders; undefined when the template does not write each placeholder once, in order.
 */
function splitFrame(guide: Guide, placed: PageNode[], render: (page: PageContext) => string, features: string[]): string[] | undefined {
  const index = new Map(placed.map((node, i) => [node, i]));
  const placeholders = guide.pages.map((node) => (index.has(node) ? `${PLACEHOLDER}${index.get(node)}-->` : ''));
  const html = render(printContext(guide, placeholders, features));
  if (html.split(PLACEHOLDER).length - 1 !== placed.length) return undefined;
  const parts: string[] = [];
  let at = 0;
  for (const placeholder of placeholders.filter(Boolean)) {
    const start = html.indexOf(placeholder, at);
    if (start < 0) return undefined;
    parts.push(html.slice(at, start));
    at = start + placeholder.length;
  }
  parts.push(html.slice(at));
  return parts;
}

/** The print page's context, with each page's body as given, and the features of all of them. */
function printContext(guide: Guide, bodyHtml: string[], features: string[]): PageContext {
  let chapter = 0;
  const sections = guide.pages.map(
    (node, i): PrintSection => ({
      id: `/${node.path}`,
      depth: node.depth,
      level: Math.min(node.depth + 1, 6),
      number: node.section.length > 0 ? node.section.join('.') : undefined,
      chapter: node.depth === 0 ? undefined : node.depth === 1 ? ++chapter : chapter,
      title: node.title,
      html: bodyHtml[i]!,
    }),
  );
  return {
    ...emptyPage(guide, 'print', guide.title, `${guide.base}${variantPrefix(guide)}${PRINT_PATH}`, variantPrefix(guide) + PRINT_PATH),
    sections,
    ...(features.length > 0 ? { features } : {}),
  };
}

/**
 * Tags in a page's body (see `tagPattern`). The print page rewrites tags in the rendered HTML as
 * text: parsing every page into a tree and serializing it again cost seconds on a thousand-page
 * guide, and the markdown pipeline's HTML is regular.
 */
const TAG = tagPattern();
const ATTRIBUTE = attributePattern();
/** Attributes that may hold something to rewrite; most tags (code's token spans) have none. */
const MAY_REWRITE = new RegExp(`\\s(?:${[...ID_REFS, 'href', 'loading'].join('|')})\\b`, 'i');
const HEADING = /^h[2-6]$/i;

/** A page's body as the print page holds it. Tags with nothing to rewrite are copied as they are. */
function rewriteBody(html: string, id: string, depth: number, sectionOf: Map<string, string>): string {
  let out = '';
  let at = 0;
  TAG.lastIndex = 0;
  for (let match = TAG.exec(html); match; match = TAG.exec(html)) {
    const [tag, close, name, attributes, selfClosing] = match as unknown as [string, string, string, string, string];
    const heading = HEADING.test(name);
    if (!heading && (close || !MAY_REWRITE.test(attributes))) continue;
    out += html.slice(at, match.index) + rewriteTag(close, name, attributes, selfClosing, { id, depth, heading, sectionOf });
    at = match.index + tag.length;
  }
  return out + html.slice(at);
}

/** A heading moved down by the page's depth, with ids prefixed, links made in-page, and images loaded eagerly. */
function rewriteTag(
  close: string,
  name: string,
  attributes: string,
  selfClosing: string,
  { id, depth, heading, sectionOf }: { id: string; depth: number; heading: boolean; sectionOf: Map<string, string> },
): string {
  const tagName = name.toLowerCase();
  const outName = heading ? `h${Math.min(Number(tagName[1]) + depth, 6)}` : name;
  if (close) return `</${outName}>`;
  const rewritten = attributes.replace(ATTRIBUTE, (attribute, space: string, attributeName: string, ...quoted: (string | undefined)[]) => {
    const key = attributeName.toLowerCase();
    const value = quoted[0] ?? quoted[1] ?? quoted[2];
    // Lazy images might not be loaded when the page is printed.
    if (tagName === 'img' && key === 'loading') return '';
    let next: string | undefined;
    if (value !== undefined && ID_REFS.has(key)) next = value.split(/\s+/).filter(Boolean).map((v) => `${id}${v}`).join(' ');
    else if (value !== undefined && key === 'href' && tagName === 'a') next = inPageHref(value, id, sectionOf);
    return next === undefined ? attribute : `${space}${attributeName}="${next.replace(/"/g, '&#x22;')}"`;
  });
  return `<${outName}${rewritten}${selfClosing ? ' /' : ''}>`;
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
