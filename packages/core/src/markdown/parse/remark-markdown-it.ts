import type { Root } from 'mdast';
import type { MarkdownIt } from 'markdown-it';
import type { Processor } from 'unified';
import { createMarkdownIt } from './create-markdown-it.js';
import { tokensToMdast } from './tokens-to-mdast.js';

let md: MarkdownIt | undefined;

/**
 * Parses a page's markdown into the mdast tree `remark-parse` + `remark-gfm` +
 * `remark-frontmatter` give: markdown-it reads it (several times faster than remark's own
 * parser, which builds a token for every character run) and its tokens become that tree.
 */
export function parseMarkdown(text: string): Root {
  md ??= createMarkdownIt();
  return tokensToMdast(md.parse(text, {}), text, md);
}

/** The parser of the markdown pipeline, as a unified plugin: see `parseMarkdown`. */
export function remarkMarkdownIt(this: Processor): void {
  this.parser = parseMarkdown;
}
