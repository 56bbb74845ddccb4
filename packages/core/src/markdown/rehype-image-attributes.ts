import type { Root } from 'hast';
import type { VFile } from 'vfile';
import type { MarkdownContext } from './markdown-context.js';
import { pageData } from './page-data.js';
import { resolveLink } from './resolve-link.js';
import { walkTree } from './walk-tree.js';

/**
 * Lets images load lazily without shifting the text: `loading="lazy"`, `decoding="async"`, and the
 * `width`/`height` of local images (from the sizes read during discovery) unless the author gave
 * either. Each image's alternative text is kept, for `guidekit check`. Runs before links are rewritten, while `src` is still the path the author wrote.
 */
export function rehypeImageAttributes(currentContext: () => MarkdownContext) {
  return (tree: Root, file: VFile): void => {
    const context = currentContext();
    const from = file.data.sourceFile ?? '';
    const images = pageData(file).images;
    walkTree(tree, (node) => {
      if (node.type !== 'element' || node.tagName !== 'img') return;
      const alt = node.properties.alt;
      images.push({ src: String(node.properties.src ?? ''), alt: typeof alt === 'string' ? alt.trim() : '', ...node.position?.start });
      node.properties.loading ??= 'lazy';
      node.properties.decoding ??= 'async';
      const src = node.properties.src;
      if (typeof src !== 'string' || node.properties.width !== undefined || node.properties.height !== undefined) return;
      const target = resolveLink(context, from, src);
      if (target.kind !== 'asset' || !target.size) return;
      node.properties.width = target.size.width;
      node.properties.height = target.size.height;
    });
  };
}
