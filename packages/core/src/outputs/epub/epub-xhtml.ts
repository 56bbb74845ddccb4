import type { Element as HastElement, ElementContent, Root as HastRoot } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toXast } from 'hast-util-to-xast';
import type { Element, ElementContent as XastContent, Root } from 'xast';
import { toXml } from 'xast-util-to-xml';
import { x } from 'xastscript';

/** The namespaces of an EPUB's XHTML documents. */
const XHTML = 'http://www.w3.org/1999/xhtml';
const OPS = 'http://www.idpf.org/2007/ops';
const MATHML = 'http://www.w3.org/1998/Math/MathML';

/**
 * An attribute `toEpubXml` writes as `epub:type`: hast knows no namespaced attributes, so the
 * markup is made with this one and renamed.
 */
export const EPUB_TYPE = 'dataEpubType';

/** An XHTML content document of the book. */
export interface XhtmlDocument {
  title: string;
  lang: string;
  dir?: 'ltr' | 'rtl';
  /** Path of the stylesheet, relative to the document. */
  stylesheet: string;
  /** The `epub:type` of the body, if any (`glossary`, `chapter`). */
  type?: string;
  body: ElementContent[];
}

/** An HTML fragment (a rendered page body) as a hast tree to rework. */
export function parseBody(html: string): HastRoot {
  return fromHtml(html, { fragment: true });
}

/**
 * Serializes a document as the XHTML an EPUB holds: XML declaration, HTML doctype, the XHTML and
 * EPUB namespaces, `xml:lang`, every empty element closed, MathML in its namespace.
 */
export function toEpubXml(doc: XhtmlDocument): string {
  const body = toXast({ type: 'root', children: doc.body }) as Root;
  const content = body.children.filter((node): node is XastContent => node.type !== 'doctype' && node.type !== 'instruction');
  for (const node of content) if (node.type === 'element') finishElement(node);
  const html = x(
    'html',
    { xmlns: XHTML, 'xmlns:epub': OPS, lang: doc.lang, 'xml:lang': doc.lang, ...(doc.dir ? { dir: doc.dir } : {}) },
    x('head', [x('meta', { charset: 'utf-8' }), x('title', doc.title), x('link', { rel: 'stylesheet', type: 'text/css', href: doc.stylesheet })]),
    x('body', doc.type ? { 'epub:type': doc.type } : {}, ...content),
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html>\n${toXml(html, { closeEmptyElements: true })}\n`;
}

/** Renames the `epub:type` markers, drops the XHTML namespace below the root, and puts MathML in its own. */
function finishElement(element: Element): void {
  const attributes = element.attributes;
  if (attributes['data-epub-type'] !== undefined) {
    attributes['epub:type'] = attributes['data-epub-type'];
    delete attributes['data-epub-type'];
  }
  if (attributes.xmlns === XHTML) delete attributes.xmlns;
  if (element.name === 'math') attributes.xmlns = MATHML;
  for (const child of element.children) if (child.type === 'element') finishElement(child);
}

/** Calls `visit` with every element below `parent`, each before its children; `visit` may replace an element's children. */
export function walkElements(parent: { children: (ElementContent | HastRoot['children'][number])[] }, visit: (element: HastElement) => void): void {
  for (const child of parent.children) {
    if (child.type !== 'element') continue;
    visit(child);
    walkElements(child, visit);
  }
}
