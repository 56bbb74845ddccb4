import type { Root } from 'hast';
import type { VFile } from 'vfile';
import type { MarkdownContext } from './markdown-context.js';
import { pageData } from './page-data.js';
import { describeTarget, resolveLink } from './resolve-link.js';
import { walkTree } from './walk-tree.js';
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
    walkTree(tree, (node) => {
      if (node.type !== 'element') return;
      const attribute = ATTRIBUTES[node.tagName];
      const value = attribute ? node.properties[attribute] : undefined;
      if (typeof value !== 'string') return;
      const place = node.position?.start;
      if (value.length > 1 && value.startsWith('#') && self) {
        data.links.push({ target: self.id, anchor: value.slice(1), ...place });
        return;
      }
      const target = resolveLink(context, from, value);
      data.lookups.set(value, describeTarget(target));
      switch (target.kind) {
        case 'external':
          if (HTTP.test(value)) data.external.push({ url: value, ...place });
          return;
        case 'page':
          node.properties[attribute!] = target.href;
          if (target.page.id !== self?.id) data.linked.add(target.page.id);
          if (target.anchor) data.links.push({ target: target.page.id, anchor: target.anchor, ...place });
          return;
        case 'asset':
          node.properties[attribute!] = target.href;
          data.assets.add(target.file);
          return;
        case 'missing': {
          const written = placeOf(file.data.includedLines, from, place?.line).file;
          const shown = written === from ? value : asWrittenIn(written, from, value);
          const message = file.message(`${node.tagName === 'img' ? 'image' : 'link'} target not found: ${shown}`, {
            place,
            ruleId: 'missing-target',
          });
          if (target.suggestion) message.note = `did you mean ${target.suggestion}?`;
          return;
        }
        case 'outside':
          file.message(`${value} is outside the content folder; it is not copied`, { place, ruleId: 'outside-content' });
          return;
      }
    });
  };
}
