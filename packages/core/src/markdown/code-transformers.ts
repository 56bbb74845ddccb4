import { transformerMetaHighlight } from '@shikijs/transformers';
import type { Element } from 'hast';
import type { ShikiTransformer } from 'shiki';

const TITLE = /(?:^|\s)title=(?:"([^"]*)"|'([^']*)'|(\S+))/;

/**
 * Shiki transformers for what a fence's info string can say after the language:
 * `{2,4-5}` highlights those lines (class `highlighted`), `title="app.js"` gives the block a caption.
 *
 * @example
 * ```js title="app.js" {2}
 */
export function codeTransformers(): ShikiTransformer[] {
  return [transformerMetaHighlight(), transformerCodeTitle()];
}

/** Wraps a block whose meta has a `title` in `<figure class="gk-code-figure">` with a `<figcaption>`. */
function transformerCodeTitle(): ShikiTransformer {
  return {
    name: 'guidekit:code-title',
    root(root) {
      const match = TITLE.exec(this.options.meta?.__raw ?? '');
      const title = match && (match[1] ?? match[2] ?? match[3]);
      if (!title) return;
      const figure: Element = {
        type: 'element',
        tagName: 'figure',
        properties: { className: ['gk-code-figure'] },
        children: [
          { type: 'element', tagName: 'figcaption', properties: { className: ['gk-code-title'] }, children: [{ type: 'text', value: title }] },
          ...(root.children as Element[]),
        ],
      };
      root.children = [figure];
    },
  };
}
