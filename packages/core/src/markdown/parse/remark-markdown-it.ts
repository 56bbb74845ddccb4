import type { Root } from 'mdast';
import type { Processor } from 'unified';
import { createMarkdownIt } from './create-markdown-it.js';
import { tokensToMdast } from './tokens-to-mdast.js';

/**
 * The parser of the markdown pipeline: markdown-it reads the page (several times faster than
 * remark's own parser, which builds a token for every character run), and its tokens become the
 * same mdast tree, so remark and rehype plugins work as with `remark-parse` + `remark-gfm` +
 * `remark-frontmatter`.
 */
export function remarkMarkdownIt(this: Processor): void {
  const md = createMarkdownIt();
  this.parser = (document: string): Root => tokensToMdast(md.parse(document, {}), document, md);
}
