import type { Nodes, Parents, Root } from 'mdast';
import type { MarkdownIt } from 'markdown-it';
import type { Processor } from 'unified';
import { remarkDirective, remarkFrontmatter, remarkGfm, remarkParse, unified } from '../deps.js';
import { remarkDollarMath } from '../remark-dollar-math.js';
import { createMarkdownIt } from './create-markdown-it.js';
import { tokensToMdast } from './tokens-to-mdast.js';

let md: MarkdownIt | undefined;

/**
 * Text that may hold a directive: `::name` or more colons after white space (`:::note`,
 * `::include{…}`), or `:name[` / `:name{` (`:badge[New]`). A colon after a colon never starts one
 * (`std::vector`), nor a digit after the colon (`10:30`).
 */
const MAY_HAVE_DIRECTIVE = /(?:^|\s)::+[A-Za-z]|(?<!:):[A-Za-z][\w-]*[[{]/m;

/**
 * Parses a page's markdown into the mdast tree `remark-parse` + `remark-gfm` +
 * `remark-frontmatter` give: markdown-it reads it (several times faster than remark's own
 * parser, which builds a token for every character run) and its tokens become that tree.
 */
export function parseMarkdown(text: string): Root {
  md ??= createMarkdownIt();
  return tokensToMdast(md.parse(text, {}), text, md);
}

/**
 * The parser of the markdown pipeline, as a unified plugin: `parseMarkdown`, except for a page
 * that may hold directives (`:::note`, `:badge[New]`), which remark's parser reads with
 * `remark-directive` and math as the fast parser reads it (and the processor's own `mdast-util-from-markdown` extensions) to give
 * their nodes. Pages without directives never meet that slower parser.
 */
export function remarkMarkdownIt(this: Processor): void {
  const processor = this;
  let withDirectives: Processor<Root> | undefined;
  this.parser = (text) => {
    if (!MAY_HAVE_DIRECTIVE.test(text)) return parseMarkdown(text);
    withDirectives ??= unified()
      .data('fromMarkdownExtensions', [...(processor.data('fromMarkdownExtensions') ?? [])])
      .use(remarkParse)
      .use(remarkFrontmatter, ['yaml'])
      .use(remarkGfm)
      .use(remarkDollarMath)
      .use(remarkDirective)
      .freeze() as unknown as Processor<Root>;
    return restoreBareColons(withDirectives.parse(text));
  };
}

/**
 * A text directive with neither label nor attributes (`:30` in `10:30`, `:b` in `a:b`) is prose:
 * it goes back to being text, joined with the text around it, as the fast parser gives it.
 */
function restoreBareColons(tree: Root): Root {
  const visit = (parent: Parents) => {
    const children: Nodes[] = [];
    for (const child of parent.children as Nodes[]) {
      const bare = child.type === 'textDirective' && child.position?.end.offset! - child.position?.start.offset! === child.name.length + 1;
      const node: Nodes = bare ? { type: 'text', value: `:${child.name}` } : child;
      const last = children[children.length - 1];
      if (node.type === 'text' && last?.type === 'text') {
        last.value += node.value;
        if (last.position && node.position) last.position.end = node.position.end;
      } else {
        children.push(node);
        if ('children' in node) visit(node);
      }
    }
    parent.children = children as Parents['children'];
  };
  visit(tree);
  return tree;
}
