import type { Element, ElementContent, Properties, Root as HastRoot } from 'hast';
import { EPUB_TYPE, parseBody, walkElements } from './epub-xhtml.js';

/** Where the links and images of a page's body lead in the book. */
export interface BookLinks {
  /** The `href` a link gets in the book (a chapter file, a full URL), or undefined: the link becomes its text. */
  href(href: string): string | undefined;
  /** The `src` an image gets in the book, or undefined: the image becomes its description. */
  src(src: string): string | undefined;
}

/** A page's body, reworked for the book. */
export interface ChapterBody {
  children: ElementContent[];
  /** The body holds MathML (the manifest says so). */
  mathml: boolean;
}

/**
 * Elements of the site's pages a book has no use for: heading anchors, the glossary's A–Z links, term
 * tooltips, KaTeX's HTML twin of its MathML.
 */
const DROPPED = ['heading-anchor', 'gk-glossary-index', 'gk-term-tip', 'katex-html'];
/** Raw HTML a book cannot hold: scripts (a reading system need not run them), styles in the body, frames of other sites. */
const UNSUPPORTED = new Set(['script', 'noscript', 'style', 'iframe', 'object', 'embed']);
/** Attributes of the site's pages a book has no use for. */
const DROPPED_ATTRIBUTES = ['loading', 'decoding', 'dataPagefindBody', 'dataPagefindIgnore', 'dataPagefindMeta', 'dataPagefindFilter'];
/** Colours of highlighted code: shiki's CSS custom property → the class the book's stylesheet colours. */
const CODE_COLOUR = /^color:var\(--gk-code-token-([a-z-]+)\)$/;

/**
 * Reworks a page's rendered body for the book: links and images pointed into the book (or
 * dropped), footnotes marked as EPUB reading systems expect (`noteref`, `footnotes`, `footnote`),
 * the glossary as a definition list of `glossterm`s and `glossdef`s, highlighted code coloured by
 * classes instead of the theme's custom properties, math as MathML alone.
 */
export function chapterBody(html: string, links: BookLinks, { glossary = false } = {}): ChapterBody {
  const reworkAll = (nodes: (ElementContent | HastRoot['children'][number])[]): ElementContent[] =>
    nodes.flatMap((node) => (node.type === 'element' ? rework(node, links) : node.type === 'text' ? [node] : []));
  let children = reworkAll(parseBody(html).children);
  let mathml = false;
  const ids = new Set<string>();
  walkElements({ children }, (element) => {
    element.children = reworkAll(element.children);
    if (typeof element.properties.id === 'string') ids.add(element.properties.id);
    if (element.tagName === 'math') mathml = true;
  });
  // The web page's tooltips are not in the book: a reference to one would point nowhere.
  walkElements({ children }, (element) => {
    const described = element.properties.ariaDescribedBy;
    if (Array.isArray(described) && !described.every((id) => ids.has(String(id)))) delete element.properties.ariaDescribedBy;
  });
  if (glossary) children = glossaryList(children);
  return { children, mathml };
}

/** One element of a body as the book has it: itself, reworked, or what takes its place. */
function rework(element: Element, links: BookLinks): ElementContent[] {
  const props = element.properties;
  const classes = (Array.isArray(props.className) ? props.className : []).map(String);
  if (DROPPED.some((name) => classes.includes(name)) || UNSUPPORTED.has(element.tagName)) return [];
  // Event handlers (`onClick`) of raw HTML would make the page a scripted one.
  for (const name of Object.keys(props)) if (/^on/i.test(name)) delete props[name];
  for (const name of DROPPED_ATTRIBUTES) delete props[name];
  if (element.tagName === 'a' && typeof props.href === 'string') {
    const href = links.href(props.href);
    if (href === undefined) return element.children;
    props.href = href;
    if (props.dataFootnoteRef !== undefined) mark(props, 'noteref');
  }
  if (element.tagName === 'img') {
    const src = typeof props.src === 'string' ? links.src(props.src) : undefined;
    if (src === undefined) return [{ type: 'element', tagName: 'span', properties: {}, children: [{ type: 'text', value: String(props.alt ?? '') }] }];
    props.src = src;
  }
  if (element.tagName === 'section' && props.dataFootnotes !== undefined) {
    mark(props, 'footnotes');
    for (const list of element.children) {
      if (list.type === 'element' && list.tagName === 'ol') for (const item of list.children) if (item.type === 'element') mark(item.properties, 'footnote');
    }
  }
  if (typeof props.style === 'string') {
    const colour = CODE_COLOUR.exec(props.style);
    delete props.style;
    if (colour) props.className = [`tk-${colour[1]}`];
  }
  return [element];
}

function mark(props: Properties, type: string): void {
  props[EPUB_TYPE] = type;
}

/**
 * The glossary page's terms (each `##` heading and what follows it up to the next) as the
 * definition list EPUB reading systems look up: `glossterm` and `glossdef`, in a `glossary`.
 */
function glossaryList(children: ElementContent[]): ElementContent[] {
  const first = children.findIndex((node) => node.type === 'element' && node.tagName === 'h2');
  if (first < 0) return children;
  const list: Element = { type: 'element', tagName: 'dl', properties: { [EPUB_TYPE]: 'glossary' }, children: [] };
  let definition: Element | undefined;
  for (const node of children.slice(first)) {
    if (node.type === 'element' && node.tagName === 'h2') {
      list.children.push({ type: 'element', tagName: 'dt', properties: { id: node.properties.id, [EPUB_TYPE]: 'glossterm' }, children: node.children });
      definition = { type: 'element', tagName: 'dd', properties: { [EPUB_TYPE]: 'glossdef' }, children: [] };
      list.children.push(definition);
    } else if (node.type !== 'text' || node.value.trim()) definition!.children.push(node);
  }
  return [...children.slice(0, first), list];
}
