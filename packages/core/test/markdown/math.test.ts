import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { unified, type PluggableList } from 'unified';
import { describe, expect, it } from 'vitest';
import { remarkMarkdownIt } from '../../src/markdown/parse/remark-markdown-it.js';
import { renderPage } from './render-page.js';

const remark: PluggableList = [remarkParse, [remarkFrontmatter, ['yaml']], remarkGfm, remarkMath];
const toHtml = (parser: PluggableList, text: string) =>
  String(unified().use(parser).use(remarkRehype, { allowDangerousHtml: true }).use(rehypeStringify, { allowDangerousHtml: true }).processSync(text));

/** Math as authors write it: the fast parser reads each as remark-math does. */
const AGREED = [
  'Euler: $e^{i\\pi} + 1 = 0$, and $x$.',
  'Display inline: $$\\sum_i x_i$$ and $$ a $$.',
  'Escaped \\$ and `$code$`.',
  '$$\n\\int_0^1 x\\,dx\n$$',
  '  $$ meta\n  a\n   b\n  $$$',
  '$$\nx\n$$ not a fence\n$$',
  '> $$\n> x\n\nafter',
  '- $$\n  x\n  $$\n- next',
  '$$\nunclosed',
  'a $$x\ny$$ b',
  '# Heading with $x^2$\n\n| a | $b$ |\n| - | - |\n| $c$ | d |',
  '```math\nx^2\n```',
];

describe('math in markdown', () => {
  it('reads math as remark-math does', () => {
    for (const text of AGREED) expect(toHtml([remarkMarkdownIt], text), text).toBe(toHtml(remark, text));
  });

  it('leaves dollar amounts in prose as text, where remark-math would not, and reads \\$ in math as TeX does', () => {
    for (const text of ['It costs $5 and $10.', 'From $5 to $ 10$.', 'Pay $20,000 and $30,000 ', 'Items at $1$2.', '$ x $ is text']) {
      expect(toHtml([remarkMarkdownIt], text), text).not.toContain('language-math');
    }
    expect(toHtml(remark, 'It costs $5 and $10.')).toContain('math-inline');
    expect(toHtml([remarkMarkdownIt], 'Cost $c = \\$5$.')).toContain('<code class="language-math math-inline">c = \\$5</code>');
  });

  it('renders math with KaTeX as HTML and MathML, and warns at the place of TeX it cannot read', async () => {
    const page = await renderPage({ '01-a.md': '# A\n\nPrice $5 and $10; area $\\pi r^2$.\n\n$$\nE = mc^2\n$$\n\nBroken $\\frac{1$.\n' }, '01-a.md');
    expect(page.html).toContain('Price $5 and $10; area <span class="katex"><span class="katex-mathml"><math xmlns="http://www.w3.org/1998/Math/MathML">');
    expect(page.html).toContain('<annotation encoding="application/x-tex">\\pi r^2</annotation>');
    expect(page.html).toContain('<span class="katex-display"><span class="katex"><span class="katex-mathml"><math xmlns="http://www.w3.org/1998/Math/MathML" display="block">');
    expect(page.html).not.toContain('shiki');
    expect(page.data.math).toBe(true);
    expect(page.diagnostics).toEqual([
      expect.objectContaining({ severity: 'warning', rule: 'math', line: 9, column: 8, message: expect.stringMatching(/^could not render math: KaTeX parse error: .*\\frac\{1$/) }),
    ]);
  });

  it('leaves a page without math as it was, and says it has none', async () => {
    const page = await renderPage({ '01-a.md': '# A\n\nIt costs $5.\n\n```js\nlet a = 1;\n```\n' }, '01-a.md');
    expect(page.html).toMatch(/^<p>It costs \$5.<\/p>\n<pre class="shiki/);
    expect(page.data.math).toBeUndefined();
  });
});

describe('diagrams in markdown', () => {
  it('turns a mermaid block into a diagram container holding its source, not highlighted code', async () => {
    const page = await renderPage({ '01-a.md': '# A\n\n```mermaid\ngraph TD\n  A-->B\n```\n' }, '01-a.md');
    expect(page.html).toBe('<pre class="mermaid">graph TD\n  A-->B</pre>');
    expect(page.data.diagrams).toBe(true);
  });
});
