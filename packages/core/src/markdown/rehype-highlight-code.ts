import type { Element, ElementContent, Root } from 'hast';
import type { VFile } from 'vfile';
import { hashOf } from '../support/hash.js';
import { hastToString } from './deps.js';
import { packHast, unpackHast, type PackedNode } from './packed-hast.js';
import type { Highlight } from './highlight/create-code-highlighter.js';
import { pageData } from './page-data.js';
import { walkTree } from './walk-tree.js';

/**
 * A page's highlighted code blocks, from its last rendering and for its next: a page edited
 * anywhere but in a block gets each block's tree back instead of highlighting it again. A build
 * whose pages all find theirs never loads the highlighter (a few hundred milliseconds of
 * grammar compiling, a quarter of a one-page rebuild).
 */
export interface CodeBlocks {
  /** The block's tree from the last rendering (a tree of its own, which the page may change). */
  take(key: string): Root | undefined;
  /** Keeps the block's tree for the next rendering (once per key). */
  keep(key: string, tree: Root): void;
  /** What `keep` was given, for `createCodeBlocks` of the next rendering: `''` when the page has no code. */
  serialize(): string;
}

/** The code blocks of a rendering, from `serialized` (what the last one's `serialize` gave). */
export function createCodeBlocks(serialized: string): CodeBlocks {
  let last: Map<string, PackedNode[] | Root> | undefined;
  const next = new Map<string, string>();
  return {
    take(key) {
      last ??= new Map(serialized ? (JSON.parse(serialized) as [string, PackedNode[] | Root][]) : []);
      const stored = last.get(key);
      if (stored === undefined) return undefined;
      // A copy each time: two blocks of one key share nothing, not even properties.
      const tree = structuredClone(stored);
      return Array.isArray(tree) ? unpackHast(tree) : tree;
    },
    keep(key, tree) {
      // As JSON now: plugins after this one may change the tree that goes into the page.
      if (!next.has(key)) next.set(key, JSON.stringify([key, packHast(tree) ?? tree]));
    },
    serialize: () => (next.size === 0 ? '' : `[${[...next.values()].join(',')}]`),
  };
}

declare module 'vfile' {
  interface DataMap {
    /** The code blocks of the page being rendered (see `CodeBlocks`). */
    codeBlocks: CodeBlocks;
  }
}

/**
 * Highlights fenced code at build time with shiki: a `<pre><code class="language-x">` becomes
 * shiki's tree for it, with the fence's meta (`{2-3}`, `title="…"`, see `codeTransformers`)
 * applied. Grammars load on first use; code in an unknown language, or one whose grammar fails on
 * it, is highlighted as plain text, and code without a language, or math, is left as it is. Blocks come
 * from the page's `CodeBlocks` when they can.
 */
export function rehypeHighlightCode(options: { lineNumbers?: boolean } = {}) {
  let highlighter: Promise<Highlight> | undefined;
  return async (tree: Root, file: VFile) => {
    const blocks: { pre: Element; lang: string; code: string; meta: string }[] = [];
    walkTree(tree, (node) => {
      const block = node.type === 'element' && node.tagName === 'pre' ? codeOf(node) : undefined;
      if (block) blocks.push({ pre: node as Element, ...block, meta: options.lineNumbers ? numbered(block.meta) : block.meta });
    });
    const cache = file.data.codeBlocks;
    let extras = false;
    for (const { pre, lang, code, meta } of blocks) {
      const key = hashOf(lang, meta, code);
      let fragment = cache?.take(key);
      if (!fragment) {
        highlighter ??= import('./highlight/create-code-highlighter.js').then((m) => m.createCodeHighlighter());
        fragment = await (await highlighter)(lang, code, meta);
      }
      cache?.keep(key, fragment);
      // Shiki's tree is one element (its `<pre>`, or the `<figure>` of a titled block), which takes
      // the place of the `<pre>`: plugins after this one meet elements only.
      const [element, ...more] = fragment.children;
      if (element?.type !== 'element' || more.length > 0) throw new Error('the highlighter gave a code block that is not one element');
      Object.assign(pre, { tagName: element.tagName, properties: element.properties, children: element.children });
      extras ||= usesExtras(element);
    }
    if (extras) pageData(file).features.add('code');
  };
}

/** `showLineNumbers` added to a block's meta when the config numbers lines, unless the block says `noLineNumbers` or numbers itself. */
function numbered(meta: string): string {
  if (/(?:^|\s)(?:noLineNumbers|showLineNumbers|lineNumbers)\b/.test(meta)) return meta.replace(/(?:^|\s)noLineNumbers\b/, '').trim();
  return meta ? `${meta} showLineNumbers` : 'showLineNumbers';
}

/** Classes of the code extras, which the theme styles in a stylesheet of its own (see `PageData.features`). */
const EXTRAS = /\b(?:line-numbers|gk-terminal|has-diff|has-focused|highlighted-word)\b/;

/** True when a highlighted block uses the code extras: line numbers, a terminal frame, diff, focus or word marks. */
function usesExtras(block: Element): boolean {
  let found = false;
  walkTree({ type: 'root', children: [block] }, (node) => {
    if (found || node.type !== 'element') return;
    const classes = node.properties.className ?? node.properties.class;
    found = EXTRAS.test(Array.isArray(classes) ? classes.join(' ') : String(classes ?? ''));
  });
  return found;
}

/** The language, code and meta of a `<pre>` holding a `<code class="language-…">`. */
function codeOf(pre: Element): { lang: string; code: string; meta: string } | undefined {
  const head = pre.children[0];
  if (!head || head.type !== 'element' || head.tagName !== 'code') return undefined;
  const classes = head.properties.className;
  const language = Array.isArray(classes) ? classes.find((c) => typeof c === 'string' && c.startsWith('language-')) : undefined;
  // Math (`$$` blocks, ```` ```math ````) is KaTeX's to render.
  if (typeof language !== 'string' || language === 'language-' || language === 'language-math') return undefined;
  const meta = (head.data as { meta?: string } | undefined)?.meta ?? head.properties.metastring?.toString() ?? '';
  const code = hastToString(head as ElementContent);
  return { lang: language.slice('language-'.length), code: code.endsWith('\n') ? code.slice(0, -1) : code, meta };
}
