import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { unified, type PluggableList } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { remarkMarkdownIt } from '../../src/markdown/parse/remark-markdown-it.js';
import { remarkLinkDestinations } from '../../src/markdown/remark-link-destinations.js';
import { renderPage } from './render-page.js';

/** A page using every construct of CommonMark and GitHub's extensions that guides write. */
const page = `---
title: Every construct
---

# Title

Setext heading
--------------

Text with *em*, **strong**, ~~struck~~, \`code\`, <kbd>Ctrl</kbd>, &amp; &copy; \\* escaped.
A hard break  
and another\\
and a soft one.

- [ ] open task
- [x] done task
- plain item

1. one

2. two
   - nested *a*
   - nested b

7) seven
8) eight

> Quoted
>
> > nested

> [!NOTE]
> A callout.

| Left | Center | Right | None |
|:-----|:------:|------:|------|
| a \`|\` b | **c** | [link](x.md) | |

\`\`\`js title="x.js" {1,3}
const a = 1;
\`\`\`

    indented code

<div class="raw">
  <p>An HTML block</p>
</div>

A footnote[^one], again[^one], and [^Two].

[^one]: First *note*.
[^Two]: Second note.

    With a second paragraph.

A [full reference][ref], a [collapsed][], a [ref] shortcut, ![an image][ref] and ![alt *text*](pic.png "Title").

[ref]: <./some file.md> "Ref title"
[collapsed]: https://example.com

Autolinks <https://a.example/x?y=1&z=2>, <me@example.com>, https://b.example/path., www.example.com and mail d@example.com,
but not guide.md or node.js. [Titled](https://x.example "T"), [angle](<a b.md#frag>), [empty]() and [parens](a(b)c.md).

***
`;

const remark: PluggableList = [remarkParse, [remarkFrontmatter, ['yaml']], remarkGfm];

const toHtml = (parser: PluggableList, text: string) =>
  String(unified().use(parser).use(remarkRehype, { allowDangerousHtml: true }).use(rehypeStringify, { allowDangerousHtml: true }).processSync(text));

/** Links, images, definitions and footnote references with their target, start and destination offsets. */
function resources(parser: PluggableList, text: string): string[] {
  const processor = unified().use(parser).use(remarkLinkDestinations);
  const found: string[] = [];
  visit(processor.runSync(processor.parse(text)), (node) => {
    if (node.type !== 'link' && node.type !== 'image' && node.type !== 'definition' && node.type !== 'footnoteReference') return;
    const start = node.position?.start;
    const destination = (node.data as { destination?: [number, number] } | undefined)?.destination;
    const target = node.type === 'footnoteReference' ? node.identifier : node.url;
    found.push(`${node.type} ${target} at ${start?.line}:${start?.column} destination ${destination?.join('–') ?? '-'}`);
  });
  return found;
}

describe('the markdown parser', () => {
  it('gives the HTML remark gives, for every construct of CommonMark and GFM', () => {
    expect(toHtml([remarkMarkdownIt], page)).toBe(toHtml(remark, page));
  });

  it('places links, images, footnote references and written destinations where remark does', () => {
    const ours = resources([remarkMarkdownIt], page);
    // remark keeps reference links as references; ours are resolved links without a destination of their own.
    const written = (list: string[]) => list.filter((entry) => !/^(link|image) .* destination -$/.test(entry));
    expect(written(ours)).toEqual(written(resources(remark, page)));
    // Destinations are the URL as written, so llms-full.txt can rewrite them in place.
    expect(ours).toContain('link x.md at 37:21 destination 458–462');
    expect(page.slice(458, 462)).toBe('x.md');
    expect(ours).toContain('definition ./some file.md at 58:1 destination 819–835');
    expect(page.slice(819, 835)).toBe('<./some file.md>');
    expect(ours).toContain('link ./some file.md at 56:3 destination -');
    expect(ours).toContain('footnoteReference one at 49:11 destination -');
  });

  it('hands syntax a user plugin adds to remark’s own parser', async () => {
    const files = { '01-intro.md': '+++\nsecret = "toml"\n+++\n\n# Intro\n\nBody.\n' };
    const plain = await renderPage(files, '01-intro.md');
    expect(plain.html).toContain('secret');
    const plugin = import.meta.resolve('remark-frontmatter');
    const config = `import remarkFrontmatter from '${plugin}';\nexport default { markdown: { remarkPlugins: [[remarkFrontmatter, ['toml']]] } };\n`;
    const extended = await renderPage({ ...files, 'guidekit.config.js': config }, '01-intro.md');
    expect(extended.html).not.toContain('secret');
    expect(extended.html).toContain('<p>Body.</p>');
  });
});
