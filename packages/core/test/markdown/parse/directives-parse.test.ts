import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { parseMarkdown, remarkBareColons } from '../../../src/markdown/parse/remark-markdown-it.js';

const remark = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).use(remarkDirective).use(remarkBareColons);

/** The tree without positions, and without data but a container's label mark: what both parsers must agree on. */
function shape(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(shape);
  if (typeof node !== 'object' || node === null) return node;
  const { position: _p, data, ...rest } = node as Record<string, unknown>;
  const label = (data as { directiveLabel?: boolean } | undefined)?.directiveLabel;
  return Object.fromEntries([...Object.entries(rest).map(([k, v]) => [k, shape(v)]), ...(label ? [['data', { directiveLabel: true }]] : [])]);
}

const CASES: Record<string, string> = {
  admonition: ':::note\nBody *em*.\n:::\n',
  'admonition with a label': ':::tip[Read **this** `code`]\nBody.\n\nMore.\n:::\n',
  'attributes of every kind': ':::card[T]{#main .wide .dark href="../a.md" open title=\'x y\' n=3}\nx\n:::\n',
  'nested with a longer outer fence': '::::tabs\n:::tab[npm]\nnpm i\n:::\n:::tab[pnpm]\n```sh\npnpm i\n```\n:::\n::::\n',
  'tab markers': ':::tabs\n::tab[npm]\nnpm i\n::tab[pnpm]\npnpm i\n:::\n',
  'unclosed container': ':::note\nruns to the end\n\n# Heading\n',
  'closing fence longer than the opening': ':::note\nx\n::::::\n',
  'container interrupting a paragraph': 'Text\n:::note\nx\n:::\n',
  'leaf directives': '::include{file="_s/a.md"}\n\n::code{file="src/a.ts" region="setup" showLineNumbers}\n\n::bar[label *em*]\n',
  'text directives': 'A :badge[New]{variant=tip} b, :abbr{title="x"} and :x[]\n',
  'prose colons': 'At 10:30, 3:2, a:b, std::vector, key: value, and http://example.com.\n',
  'not directives': ':::note Title\nx\n:::\n\n:::note[unclosed\n\n::leaf trailing\n\n:::\n',
  // (With a blank line between an item's text and a directive, the list is loose, as CommonMark
  // says and markdown-it reads it; remark's tree marks the item loose but not its list. The HTML
  // is the same.)
  'directive in a list': '- item\n  :::tip\n  in a list\n  :::\n- next\n',
  'directive in a blockquote': '> :::caution\n> quoted\n> :::\n',
  'code fence inside': ':::note\n```js\nlet a = 1;\n```\n:::\n',
  'label with brackets and escapes': ':::note[a [b] \\] c]\nx\n:::\n\nText :badge[a [b] c] d\n',
  'badge with entity attribute': 'x :badge[A]{title="&amp; b"}\n',
  'empty attributes': 'x :y{} z\n',
  'names with dashes': ':::code-group\n```js [a.js]\nx\n```\n:::\n\n:a-b[x] and :c_[y]\n',
};

describe('directives read by the fast parser', () => {
  for (const [name, text] of Object.entries(CASES)) {
    it(`gives remark-directive's tree: ${name}`, () => {
      expect(shape(parseMarkdown(text))).toEqual(shape(remark.runSync(remark.parse(text))));
    });
  }

  it('places text directives and containers for their warnings', () => {
    const tree = parseMarkdown('# A\n\nSee :bdage[x] here.\n\n:::tipp\ny\n:::\n');
    const paragraph = tree.children[1] as { children: { type: string; position?: { start: { line: number; column: number } } }[] };
    expect(paragraph.children[1]!.position?.start).toMatchObject({ line: 3, column: 5 });
    expect(tree.children[2]!.position?.start).toMatchObject({ line: 5, column: 1 });
  });
});
