import {
  transformerMetaHighlight,
  transformerMetaWordHighlight,
  transformerNotationDiff,
  transformerNotationFocus,
  transformerNotationHighlight,
  transformerNotationWordHighlight,
} from '@shikijs/transformers';
import type { Element } from 'hast';
import type { ShikiTransformer } from 'shiki';
import { CODE_TITLE } from './code-meta.js';

/** `showLineNumbers` or `lineNumbers`, with the first line's number if it is not 1 (`showLineNumbers=10`). */
const LINE_NUMBERS = /(?:^|\s)(?:showLineNumbers|lineNumbers)(?:=\{?(\d+)\}?)?(?=\s|$)/;
/** The languages of commands typed at a prompt: their blocks are framed as a terminal. */
const TERMINAL_LANGUAGES = new Set(['sh', 'bash', 'zsh', 'shell', 'console', 'shellscript', 'shellsession', 'powershell', 'ps1', 'bat', 'cmd']);

/**
 * Shiki transformers for what a fence says after the language, and what its code says in
 * comments:
 * - `{2,4-5}` highlights those lines, `/word/` each `word` (meta);
 * - `// [!code ++]`, `[!code --]`, `[!code highlight]`, `[!code focus]`, `[!code word:name]` mark a
 *   line (the comment is removed; any comment style of the language);
 * - `title="app.js"` gives the block a caption;
 * - `showLineNumbers` (or `lineNumbers`, `showLineNumbers=10` to start at 10) numbers the lines
 *   (class `line-numbers`, numbers drawn by CSS: they are neither copied nor indexed);
 * - blocks of shell languages (`sh`, `console`, …) get the class `gk-terminal`.
 *
 * @example
 * ```js title="app.js" {2} showLineNumbers
 */
export function codeTransformers(): ShikiTransformer[] {
  return [
    transformerMetaHighlight(),
    transformerMetaWordHighlight(),
    transformerNotationDiff(),
    transformerNotationHighlight(),
    transformerNotationFocus(),
    transformerNotationWordHighlight(),
    transformerFrame(),
    transformerCodeTitle(),
  ];
}

/** Line numbers and the terminal frame, as classes of the `<pre>`. */
function transformerFrame(): ShikiTransformer {
  return {
    name: 'guidekit:frame',
    pre(pre) {
      const numbers = LINE_NUMBERS.exec(this.options.meta?.__raw ?? '');
      if (numbers) {
        this.addClassToHast(pre, 'line-numbers');
        const start = Number(numbers[1] ?? 1);
        if (start !== 1) pre.properties.style = `${pre.properties.style ?? ''};--gk-line-start:${start - 1}`;
      }
      if (TERMINAL_LANGUAGES.has(this.options.lang)) this.addClassToHast(pre, 'gk-terminal');
    },
  };
}

/** Wraps a block whose meta has a `title` in `<figure class="gk-code-figure">` with a `<figcaption>`. */
function transformerCodeTitle(): ShikiTransformer {
  return {
    name: 'guidekit:code-title',
    root(root) {
      const match = CODE_TITLE.exec(this.options.meta?.__raw ?? '');
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
