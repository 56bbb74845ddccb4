import { attributePattern, tagPattern } from '../../support/html-markup.js';

const MARK = 'data-pagefind-';
const MARKED = /data-pagefind-/i;
/** Attributes whose value says where pagefind reads: `title` (the text), `image[src]`, `key:value`. */
const READS_VALUE = new Set(['data-pagefind-meta', 'data-pagefind-filter', 'data-pagefind-sort', 'data-pagefind-default-meta']);
/** Elements pagefind reads when nothing says otherwise: the title, the first `h1`, the first image after it. */
const READ_ANYWAY = new Set(['title', 'h1']);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
/** Elements whose content is text, whatever it looks like. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);

interface Tag {
  start: number;
  end: number;
  close: boolean;
  /** Written `<name/>`: an element without content (in SVG and MathML). */
  empty: boolean;
  name: string;
  attributes: string;
}

/**
 * The part of a rendered page that pagefind reads: its `<html>` tag (the language), each element
 * that carries a `data-pagefind-*` attribute (with its content where pagefind reads the content:
 * the `data-pagefind-body` element, and metadata, filters or sort keys taken from the element's
 * text), and what pagefind reads of any page (`<title>`, `<h1>`, images). A page with a body
 * element is indexed from that element alone, yet parsing the rest of the page (navigation,
 * header, footer) took pagefind most of its time.
 *
 * Undefined when pagefind must read the page whole: it has no `data-pagefind-body` element, it
 * ignores part of the page outside the body, or an element to keep has no end this reading finds.
 */
export function searchDocument(html: string): string | undefined {
  const parts: string[] = [];
  let body = false;
  const tags = readTags(html);
  let root = '<html>';
  for (let tag = tags.next(); tag; tag = tags.next()) {
    if (tag.name === 'html' && !tag.close) root = html.slice(tag.start, tag.end);
    if (tag.close || !(READ_ANYWAY.has(tag.name) || tag.name === 'img' || MARKED.test(tag.attributes))) continue;
    const attributes = [...tag.attributes.matchAll(attributePattern())].map(([, , key, ...value]) => ({
      key: key!.toLowerCase(),
      value: value[0] ?? value[1] ?? value[2] ?? '',
    }));
    const marked = attributes.some(({ key }) => key.startsWith(MARK));
    const isBody = attributes.some(({ key }) => key === 'data-pagefind-body');
    // The body's content is kept whole: an `ignore` met here is outside it.
    if (!isBody && attributes.some(({ key }) => key === 'data-pagefind-ignore')) return undefined;
    const readsContent = isBody || READ_ANYWAY.has(tag.name) || readsText(attributes);
    if (!marked && !readsContent && tag.name !== 'img') continue;
    if (VOID.has(tag.name) || tag.empty) {
      parts.push(html.slice(tag.start, tag.end));
    } else if (!readsContent) {
      parts.push(`${html.slice(tag.start, tag.end)}</${tag.name}>`);
    } else {
      const end = tags.skipElement(tag);
      if (end === undefined) return undefined;
      parts.push(html.slice(tag.start, end));
      body ||= isBody;
    }
  }
  if (!body) return undefined;
  return `<!DOCTYPE html>${root}<body>${parts.join('')}</body></html>`;
}

/** True when a meta, filter or sort attribute of the tag takes a value from the element's text. */
function readsText(attributes: { key: string; value: string }[]): boolean {
  return attributes.some(
    ({ key, value }) => READS_VALUE.has(key) && value.split(',').some((entry) => !entry.includes('[') && !entry.includes(':')),
  );
}

/** The tags of `html` one after another, skipping comments and the content of raw-text elements. */
function readTags(html: string) {
  const markup = tagPattern(true);
  const next = (): Tag | undefined => {
    for (let match = markup.exec(html); match; match = markup.exec(html)) {
      if (match[2] === undefined) continue;
      const tag: Tag = {
        start: match.index,
        end: markup.lastIndex,
        close: match[1] === '/',
        empty: match[4] === '/',
        name: match[2].toLowerCase(),
        attributes: match[3]!,
      };
      if (!tag.close && RAW_TEXT.has(tag.name)) {
        const close = new RegExp(`</${tag.name}`, 'gi');
        close.lastIndex = tag.end;
        if (close.exec(html)) markup.lastIndex = close.lastIndex - tag.name.length - 2;
      }
      return tag;
    }
    return undefined;
  };
  /** Moves past the element `start` opens; returns where it ends, or undefined without an end. */
  const skipElement = (start: Tag): number | undefined => {
    let depth = 1;
    for (let tag = next(); tag; tag = next()) {
      if (tag.name !== start.name || tag.empty) continue;
      depth += tag.close ? -1 : 1;
      if (depth === 0) return tag.end;
    }
    return undefined;
  };
  return { next, skipElement };
}
