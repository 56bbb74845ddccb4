/**
 * The third-party modules of the markdown pipeline, in one place: the build bundles this module
 * into one file (see `scripts/bundle-deps.mjs`), as loading their few hundred files one by one
 * took ~200 ms of a rebuild, and ~500 ms of each worker's start. Types are imported from the
 * packages themselves.
 */
export { toHtml } from 'hast-util-to-html';
export { toString as hastToString } from 'hast-util-to-string';
export { toString as mdastToString } from 'mdast-util-to-string';
export { default as markdownIt } from 'markdown-it';
export { default as markdownItFootnote } from 'markdown-it-footnote';
export { default as GithubSlugger } from 'github-slugger';
export { default as rehypeStringify } from 'rehype-stringify';
export { default as remarkDirective } from 'remark-directive';
export { default as remarkFrontmatter } from 'remark-frontmatter';
export { default as remarkGfm } from 'remark-gfm';
export { default as remarkMath } from 'remark-math';
export { default as remarkParse } from 'remark-parse';
export { default as remarkRehype } from 'remark-rehype';
export { unified } from 'unified';
export { VFile } from 'vfile';
