/** A start tag and its attributes (a `>` inside a quoted value does not end it), read where it starts. */
const START_TAG = /<([a-zA-Z][\w-]*)(?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*\s*\/?>/y;
const ATTRIBUTE = /\s+([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const MARK = 'data-pagefind-';
/** Attributes whose value says where pagefind reads: `title` (the text), `image[src]`, `key:value`. */
const READS_VALUE = new Set(['data-pagefind-meta', 'data-pagefind-filter', 'data-pagefind-sort']);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/**
 * The part of a rendered page that pagefind reads: its `<html>` tag (the language), and each
 * element that carries a `data-pagefind-*` attribute, with its content where pagefind reads the
 * content (the `data-pagefind-body` element, and metadata, filters or sort keys taken from the
 * element's text). A page with a body element is indexed from that element alone, yet parsing
 * the rest of the page (navigation, header, footer) took pagefind most of its time.
 *
 * Undefined when the page has no `data-pagefind-body` element: pagefind then reads it whole.
 */
export function searchDocument(html: string): string | undefined {
  const parts: string[] = [];
  let body = false;
  // Where the last element kept ends: marks inside it came with it.
  let keptUntil = 0;
  for (let at = html.indexOf(MARK); at >= 0; at = html.indexOf(MARK, Math.max(at + MARK.length, keptUntil))) {
    const start = html.lastIndexOf('<', at);
    START_TAG.lastIndex = start;
    const tag = start >= 0 ? START_TAG.exec(html) : null;
    // A mark in text, not in a tag.
    if (!tag || START_TAG.lastIndex <= at) continue;
    const attributes = [...tag[0].slice(tag[1]!.length + 1).matchAll(ATTRIBUTE)].map(([, key, ...value]) => ({
      key: key!.toLowerCase(),
      value: value[0] ?? value[1] ?? value[2] ?? '',
    }));
    // A mark in another attribute's value.
    if (!attributes.some(({ key }) => key.startsWith(MARK))) continue;
    const name = tag[1]!.toLowerCase();
    const isBody = attributes.some(({ key }) => key === 'data-pagefind-body');
    body ||= isBody;
    const end = !VOID.has(name) && (isBody || readsText(attributes)) ? closingEnd(html, name, START_TAG.lastIndex) : undefined;
    // Markup this reading cannot follow: pagefind reads the page whole.
    if (isBody && end === undefined) return undefined;
    if (end === undefined) {
      parts.push(VOID.has(name) ? tag[0] : `${tag[0]}</${name}>`);
      keptUntil = START_TAG.lastIndex;
    } else {
      parts.push(html.slice(start, end));
      keptUntil = end;
    }
  }
  if (!body) return undefined;
  const root = /<html\b[^>]*>/i.exec(html)?.[0] ?? '<html>';
  return `<!DOCTYPE html>${root}<body>${parts.join('')}</body></html>`;
}

/** True when a meta, filter or sort attribute of the tag takes a value from the element's text. */
function readsText(attributes: { key: string; value: string }[]): boolean {
  return attributes.some(
    ({ key, value }) => READS_VALUE.has(key) && value.split(',').some((entry) => !entry.includes('[') && !entry.includes(':')),
  );
}

/** Where the element whose start tag ends at `from` ends: after its matching end tag. */
function closingEnd(html: string, name: string, from: number): number | undefined {
  const tags = new RegExp(`<(/?)${name}(?=[\\s/>])[^>]*>`, 'gi');
  tags.lastIndex = from;
  let depth = 1;
  for (let match = tags.exec(html); match; match = tags.exec(html)) {
    depth += match[1] ? -1 : match[0].endsWith('/>') ? 0 : 1;
    if (depth === 0) return tags.lastIndex;
  }
  return undefined;
}
