import type { Nodes, Parents, Root } from 'mdast';
import type { MarkdownIt } from 'markdown-it';
import type { Processor } from 'unified';
import { createMarkdownIt } from './create-markdown-it.js';
import { tokensToMdast } from './tokens-to-mdast.js';

let md: MarkdownIt | undefined;

/**
 * Parses a page's markdown into the mdast tree `remark-parse` + `remark-gfm` +
 * `remark-frontmatter` + `remark-directive` give: markdown-it reads it (several times faster
 * than remark's own parser, which builds a token for every character run) and its tokens become
 * that tree.
 */
export function parseMarkdown(text: string): Root {
  md ??= createMarkdownIt();
  return tokensToMdast(md.parse(text, {}), text, md);
}

/** The parser of the markdown pipeline, as a unified plugin: see `parseMarkdown`. */
export function remarkMarkdownIt(this: Processor): void {
  this.parser = parseMarkdown;
}

/**
 * After remark's parser with remark-directive (the parser of a guide whose plugins add syntax): a
 * text directive with neither label nor attributes (`:30` in `10:30`, `:b` in `a:b`) is prose,
 * and goes back to being text, joined with the text around it, as markdown-it gives it.
 */
export function remarkBareColons() {
  return restoreBareColons;
}

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
