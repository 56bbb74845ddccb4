import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { unified, type PluggableList } from 'unified';
import { describe, expect, it } from 'vitest';
import { remarkMarkdownIt } from '../../src/markdown/parse/remark-markdown-it.js';
import { remarkDollarMath } from '../../src/markdown/remark-dollar-math.js';
import { renderPage, renderPages } from './render-page.js';

/** remark's own parser as a guide gets it when a plugin adds syntax. */
const remark: PluggableList = [remarkParse, [remarkFrontmatter, ['yaml']], remarkGfm, remarkDollarMath];
const toHtml = (parser: PluggableList, text: string) =>
  String(unified().use(parser).use(remarkRehype, { allowDangerousHtml: true }).use(rehypeStringify, { allowDangerousHtml: true }).processSync(text));

/** Math as authors write it, and dollars that are not math: both parsers read each the same way, as remark-math does but for single dollars. */
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
  'It costs $5 and $10.',
  'From $5 to $ 10$, $20,000 and $30,000 ',
  'Items at $1$2 and $x$y.',
  '$ x $ is text, $a$$b$ is math.',
];

describe('math in markdown', () => {
  it('reads math the same way with either parser', () => {
    for (const text of AGREED) expect(toHtml([remarkMarkdownIt], text), text).toBe(toHtml(remark, text));
  });

  it('leaves dollar amounts in prose as text, where remark-math would not, and reads \\$ in math as TeX does', () => {
    for (const text of ['It costs $5 and $10.', 'From $5 to $ 10$.', 'Pay $20,000 and $30,000 ', 'Items at $1$2.', '$ x $ is text']) {
      expect(toHtml([remarkMarkdownIt], text), text).not.toContain('language-math');
    }
    expect(toHtml([remarkParse, remarkMath], 'It costs $5 and $10.')).toContain('math-inline');
    // remark-math ends the math at the escaped dollar; the fast parser reads it as TeX's dollar sign.
    expect(toHtml([remarkMarkdownIt], 'Cost $c = \\$5$.')).toContain('<code class="language-math math-inline">c = \\$5</code>');
  });

  it('renders math with KaTeX as HTML and MathML, and warns at the place of TeX it cannot read', async () => {
    const page = await renderPage({ '01-a.md': '# A\n\nPrice $5 and $10; area $\\pi r^2$.\n\n$$\nE = mc^2\n$$\n\nBroken $\\frac{1$.\n' }, '01-a.md');
    expect(page.html).toContain('Price $5 and $10; area <span class="katex"><span class="katex-mathml"><math xmlns="http://www.w3.org/1998/Math/MathML">');
    expect(page.html).toContain('<annotation encoding="application/x-tex">\\pi r^2</annotation>');
    expect(page.html).toContain('<span class="katex-display"><span class="katex"><span class="katex-mathml"><math xmlns="http://www.w3.org/1998/Math/MathML" display="block">');
    expect(page.html).not.toContain('shiki');
    expect(page.data.features.has('math')).toBe(true);
    expect(page.diagnostics).toEqual([
      expect.objectContaining({ severity: 'warning', rule: 'math', line: 9, column: 8, message: expect.stringMatching(/^could not render math: KaTeX parse error: .*\\frac\{1$/) }),
    ]);
  });

  it('renders math the same way when a plugin’s syntax switches the guide to remark’s parser', async () => {
    const files = { '01-a.md': '# A\n\nPrice $5 and $10; area $\\pi r^2$.\n' };
    const plugin = import.meta.resolve('remark-frontmatter');
    const config = `import remarkFrontmatter from '${plugin}';\nexport default { markdown: { remarkPlugins: [[remarkFrontmatter, ['toml']]] } };\n`;
    const fast = await renderPage(files, '01-a.md');
    const remarkParsed = await renderPage({ ...files, 'guidekit.config.js': config }, '01-a.md');
    expect(remarkParsed.html).toBe(fast.html);
    expect(remarkParsed.data.features.has('math')).toBe(true);
  });

  it('links no glossary term inside math', async () => {
    const { render } = await renderPages({
      '01-a.md': '# A\n\nThe $\\text{lifetime}$ of a customer: its lifetime.\n',
      '02-glossary.md': '---\nglossary: true\n---\n# Glossary\n\n## Lifetime\n\nHow long a customer stays.\n',
    });
    const { html } = await render('01-a.md');
    expect(html.match(/gk-term-link/g)).toHaveLength(1);
    expect(html).toContain('</span> of a customer: its <span class="gk-term"><a class="gk-term-link" href="/glossary/#lifetime"');
  });

  it('leaves a page without math as it was, and says it has none', async () => {
    const page = await renderPage({ '01-a.md': '# A\n\nIt costs $5.\n\n```js\nlet a = 1;\n```\n' }, '01-a.md');
    expect(page.html).toMatch(/^<p>It costs \$5.<\/p>\n<pre class="shiki/);
    expect(page.data.features.has('math')).toBe(false);
  });
});

describe('diagrams in markdown', () => {
  it('turns a mermaid block into a diagram container holding its source, not highlighted code', async () => {
    const page = await renderPage({ '01-a.md': '# A\n\n```mermaid\ngraph TD\n  A-->B\n```\n' }, '01-a.md');
    expect(page.html).toBe('<pre class="mermaid">graph TD\n  A-->B</pre>');
    expect(page.data.features.has('diagrams')).toBe(true);
  });
});
