import type { Root } from 'hast';
import type { Point } from 'unist';
import type { VFile } from 'vfile';
import type { MarkdownContext } from './markdown-context.js';
import { pageData } from './page-data.js';
import { describeTarget, resolveLink } from './resolve-link.js';
import { walkTree } from './walk-tree.js';
import { attributePattern, tagPattern } from '../support/html-markup.js';
import { escapeMarkup } from '../support/escape-markup.js';
import { asWrittenIn, placeOf } from './directives/remark-includes.js';

const HTTP = /^https?:\/\//i;
const ATTRIBUTES: Record<string, string> = { a: 'href', img: 'src', video: 'src', audio: 'src', source: 'src' };

/**
 * Rewrites relative links and image sources to page and asset URLs under the base path,
 * records the assets to copy, the anchors to check (on this page and others), the pages and
 * http(s) URLs linked (for `guidekit check`), and warns about
 * missing targets with the nearest existing one.
 */
export function rehypeResolveLinks(currentContext: () => MarkdownContext) {
  return (tree: Root, file: VFile): void => {
    const context = currentContext();
    const from = file.data.sourceFile ?? '';
    const data = pageData(file);
    const self = context.files.get(from);
    /** The URL `value` (written in a `tagName` at `place`) leads to once resolved, or undefined to leave it as written. */
    const resolve = (value: string, tagName: string, place: Point | undefined): string | undefined => {
      if (value.length > 1 && value.startsWith('#') && self) {
        data.links.push({ target: self.id, anchor: value.slice(1), ...place });
        return undefined;
      }
      const target = resolveLink(context, from, value);
      data.lookups.set(value, describeTarget(target));
      switch (target.kind) {
        case 'external':
          if (HTTP.test(value)) data.external.push({ url: value, ...place });
          return undefined;
        case 'page':
          if (target.page.id !== self?.id) data.linked.add(target.page.id);
          if (target.anchor) data.links.push({ target: target.page.id, anchor: target.anchor, ...place });
          return target.href;
        case 'asset':
          data.assets.add(target.file);
          return target.href;
        case 'missing': {
          const written = placeOf(file.data.includedLines, from, place?.line).file;
          const shown = written === from ? value : asWrittenIn(written, from, value);
          const message = file.message(`${tagName === 'img' ? 'image' : 'link'} target not found: ${shown}`, {
            place,
            ruleId: 'missing-target',
          });
          if (target.suggestion) message.note = `did you mean ${target.suggestion}?`;
          return undefined;
        }
        case 'outside':
          file.message(`${value} is outside the content folder; it is not copied`, { place, ruleId: 'outside-content' });
          return undefined;
      }
    };
    walkTree(tree, (node) => {
      // Raw HTML written in the page (`<img src="img/fig.png">`, as mdBook books and GitHub READMEs
      // have) links and embeds as markdown does: its URLs resolve the same way.
      if (node.type === 'raw') {
        node.value = resolveRawHtml(node.value, (value, tagName) => resolve(value, tagName, node.position?.start));
        return;
      }
      if (node.type !== 'element') return;
      const attribute = ATTRIBUTES[node.tagName];
      const value = attribute ? node.properties[attribute] : undefined;
      if (typeof value !== 'string') return;
      const resolved = resolve(value, node.tagName, node.position?.start);
      if (resolved !== undefined) node.properties[attribute!] = resolved;
    });
  };
}

/** `html` with the link or source of each `a`, `img`, `video`, `audio` and `source` tag replaced by what `resolve` gives for it. */
function resolveRawHtml(html: string, resolve: (value: string, tagName: string) => string | undefined): string {
  if (!html.includes('<')) return html;
  return html.replace(tagPattern(true), (tag, close: string | undefined, name: string | undefined, attributes: string | undefined) => {
    const attribute = name && !close ? ATTRIBUTES[name.toLowerCase()] : undefined;
    if (!attribute || !attributes) return tag;
    const rewritten = attributes.replace(attributePattern(), (whole, space: string, key: string, double?: string, single?: string, bare?: string) => {
      const value = double ?? single ?? bare;
      if (key.toLowerCase() !== attribute || value === undefined) return whole;
      const resolved = resolve(decodeAttribute(value), name!.toLowerCase());
      return resolved === undefined ? whole : `${space}${key}="${escapeMarkup(resolved)}"`;
    });
    return tag.replace(attributes, rewritten);
  });
}

/** An attribute value as written in HTML, its character references for `&`, `"` and `'` read. */
function decodeAttribute(value: string): string {
  return value.replace(/&(amp|quot|#39|apos);/g, (_, name: string) => ({ amp: '&', quot: '"', '#39': "'", apos: "'" })[name]!);
}
